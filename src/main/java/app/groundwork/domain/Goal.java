package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A step the person set, as stored.
 *
 * @param createdOn the local day it was set; a recurring goal is due from this day on
 * @param endedOn   the day it left the list: a one-off step done or let go, a recurring one let go; {@code null} while
 *                  it is open
 */
public record Goal(long id, GoalPlan plan, LocalDate createdOn, LocalDate endedOn) {
    public Goal {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(createdOn, "createdOn");
    }

    public String title() {
        return plan.title();
    }

    public GoalCategory category() {
        return plan.category();
    }

    public int size() {
        return plan.size();
    }

    public boolean open() {
        return endedOn == null;
    }

    public boolean experiment() {
        return plan.experiment();
    }

    /**
     * Whether the step belongs on {@code date}'s list: a recurring goal on its days from the day it was set until it
     * ends; a one-off step while it is open, from its due day on (or any day when it has none).
     */
    public boolean dueOn(LocalDate date) {
        if (date.isBefore(createdOn) || (endedOn != null && !date.isBefore(endedOn))) {
            return false;
        }
        if (plan.recurrence().recurring()) {
            return plan.recurrence().fallsOn(date);
        }
        return plan.due() == null || !date.isBefore(plan.due());
    }

    public Goal withPlan(GoalPlan changed) {
        return new Goal(id, changed, createdOn, endedOn);
    }

    public Goal endedOn(LocalDate day) {
        return new Goal(id, plan, createdOn, day);
    }
}
