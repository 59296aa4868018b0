package app.groundwork.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * An outcome recorded for a step on one local day. It is a journal entry of type {@code goal}: one per goal and day,
 * so marking the same day again replaces it.
 *
 * @param entryId the journal entry it is stored as; 0 before it is stored
 * @param goal    the goal as it stands now
 * @param note    a few words about how it went, may be empty
 * @param result  for an experiment, what actually happened; {@code null} otherwise
 */
public record GoalMark(long entryId, Goal goal, LocalDate date, LocalTime time, GoalOutcome outcome, String note,
                       ExperimentResult result) {
    public GoalMark {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(outcome, "outcome");
        note = note == null ? "" : note;
    }

    /** How many points less uncomfortable the experiment was than feared (negative when it was worse). */
    public Integer relief() {
        Prediction before = goal.plan().prediction();
        return before == null || result == null ? null : before.discomfort() - result.discomfort();
    }
}
