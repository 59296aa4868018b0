package app.groundwork.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What became of a step on a day. The words are plain on purpose: a step not taken is skipped or let go, never
 * failed. Done and partly done steps are wins.
 */
public enum GoalOutcome {
    DONE("done"),
    PARTLY("partly"),
    SKIPPED("skipped"),
    LET_GO("let-go");

    private final String id;

    GoalOutcome(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether the step counts in the wins ledger: anything done, even in part, is evidence. */
    public boolean isWin() {
        return this == DONE || this == PARTLY;
    }

    public static Optional<GoalOutcome> fromId(String id) {
        return Arrays.stream(values()).filter(outcome -> outcome.id.equals(id)).findFirst();
    }
}
