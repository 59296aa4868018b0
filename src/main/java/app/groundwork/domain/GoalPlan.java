package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a person writes when they set a step for themselves.
 *
 * @param size       how big the step feels, 1 (tiny) to 5 (a stretch)
 * @param recurrence {@link Recurrence#NONE} for a one-off step
 * @param due        the day a one-off step is meant for; {@code null} for "whenever"
 * @param prediction set when the step is an experiment that tests a fear; {@code null} otherwise
 * @param ideaId     the content idea it came from, if any
 */
public record GoalPlan(String title, GoalCategory category, int size, Recurrence recurrence, LocalDate due,
                       String note, Prediction prediction, String ideaId) {
    public static final int SMALLEST = 1;
    public static final int LARGEST = 5;

    public GoalPlan {
        title = title == null ? "" : title;
        Objects.requireNonNull(category, "category");
        recurrence = recurrence == null ? Recurrence.NONE : recurrence;
        note = note == null ? "" : note;
    }

    /** A one-off step with nothing but a title, a category and a size. */
    public static GoalPlan of(String title, GoalCategory category, int size) {
        return new GoalPlan(title, category, size, Recurrence.NONE, null, "", null, null);
    }

    public boolean experiment() {
        return prediction != null;
    }

    public GoalPlan withRecurrence(Recurrence days) {
        return new GoalPlan(title, category, size, days, due, note, prediction, ideaId);
    }

    public GoalPlan withDue(LocalDate day) {
        return new GoalPlan(title, category, size, recurrence, day, note, prediction, ideaId);
    }

    public GoalPlan withNote(String text) {
        return new GoalPlan(title, category, size, recurrence, due, text, prediction, ideaId);
    }

    public GoalPlan withPrediction(Prediction before) {
        return new GoalPlan(title, category, size, recurrence, due, note, before, ideaId);
    }

    public GoalPlan withIdea(String id) {
        return new GoalPlan(title, category, size, recurrence, due, note, prediction, id);
    }
}
