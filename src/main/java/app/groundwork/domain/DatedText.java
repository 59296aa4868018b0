package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A piece of the person's own writing with the day it belongs to. */
public record DatedText(LocalDate date, String text) {
    public DatedText {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
