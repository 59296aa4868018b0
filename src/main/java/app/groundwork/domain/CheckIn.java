package app.groundwork.domain;

import java.time.Instant;
import java.util.Objects;

/** A stored check-in: its journal id, what was written, and when it was first saved and last changed. */
public record CheckIn(long id, CheckInContent content, Instant createdAt, Instant updatedAt) {
    public CheckIn {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
