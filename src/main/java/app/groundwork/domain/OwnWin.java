package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A win the person wrote in by hand: something done that was never on a list. */
public record OwnWin(long id, LocalDate date, String title, String note) {
    public OwnWin {
        Objects.requireNonNull(date, "date");
        title = title == null ? "" : title;
        note = note == null ? "" : note;
    }

    public Win asWin() {
        return new Win(Win.Kind.OWN, id, date, title, null, null, note, null);
    }
}
