package app.groundwork.domain.transfer;

import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.GoalOutcome;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A goal outcome in an archive. Its goal is named by {@link ArchivedGoal#key()} within the same archive, so a file can
 * be read without any journal's ids.
 *
 * @param onDate the day the outcome belongs to
 * @param result an experiment's "after"; {@code null} otherwise
 */
public record ArchivedOutcome(long goal, LocalDate onDate, GoalOutcome outcome, ExperimentResult result) {
    public ArchivedOutcome {
        Objects.requireNonNull(onDate, "onDate");
        Objects.requireNonNull(outcome, "outcome");
    }
}
