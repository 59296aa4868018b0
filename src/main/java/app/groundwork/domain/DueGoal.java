package app.groundwork.domain;

import java.util.Objects;

/** A step on a day's list, with the outcome already marked for that day if there is one. */
public record DueGoal(Goal goal, GoalMark mark) {
    public DueGoal {
        Objects.requireNonNull(goal, "goal");
    }

    public boolean marked() {
        return mark != null;
    }
}
