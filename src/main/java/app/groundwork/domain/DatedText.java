package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Something the person wrote, with the day it belongs to: a check-in's note, a thought, a day's words on a step. */
public record DatedText(LocalDate date, String text) {
    public DatedText {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
