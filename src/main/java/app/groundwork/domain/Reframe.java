package app.groundwork.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored thought record. It is kept from its first word: until {@code finishedAt} is set it is in progress and
 * {@code step} is where the person was, so the Reframe screen can take them back there.
 *
 * @param date       the day the record was begun
 * @param time       the time it was begun, to the minute
 * @param finishedAt when the person finished it; {@code null} while in progress
 * @param followUp   the look back Today offers later; {@code null} when none was asked for
 */
public record Reframe(
        long id,
        LocalDate date,
        LocalTime time,
        ReframeContent content,
        ReframeStep step,
        Instant finishedAt,
        FollowUp followUp) {

    public Reframe {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(step, "step");
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public Optional<FollowUp> followUpOptional() {
        return Optional.ofNullable(followUp);
    }
}
