package app.groundwork.domain.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A win written in by hand, as an archive carries it. */
public record ArchivedWin(LocalDate date, String title, String note, Instant createdAt) {
    public ArchivedWin {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(createdAt, "createdAt");
        title = title == null ? "" : title;
        note = note == null ? "" : note;
    }
}
