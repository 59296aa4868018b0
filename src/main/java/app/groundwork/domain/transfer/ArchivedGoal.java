package app.groundwork.domain.transfer;

import app.groundwork.domain.GoalPlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A step the person set, as an archive carries it.
 *
 * @param key the number outcomes use to name it within the archive (the journal's own id when read from one)
 */
public record ArchivedGoal(long key, GoalPlan plan, LocalDate createdOn, LocalDate endedOn, Instant createdAt,
                           Instant updatedAt) {
    public ArchivedGoal {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public ArchivedGoal withKey(long newKey) {
        return new ArchivedGoal(newKey, plan, createdOn, endedOn, createdAt, updatedAt);
    }
}
