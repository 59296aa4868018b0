package app.groundwork.domain;

import java.util.Arrays;
import java.util.Optional;

/** The steps of a thought record, in the order the Reframe screen walks through them. */
public enum ReframeStep {
    SITUATION("situation"),
    THOUGHT("thought"),
    BEFORE("before"),
    TRAPS("traps"),
    EVIDENCE("evidence"),
    FRIEND("friend"),
    ALTERNATIVE("alternative"),
    AFTER("after");

    private final String id;

    ReframeStep(String id) {
        this.id = id;
    }

    /** The id the database, the content guide and the JSON use. */
    public String id() {
        return id;
    }

    public static Optional<ReframeStep> fromId(String id) {
        return Arrays.stream(values()).filter(step -> step.id.equals(id)).findFirst();
    }

    public boolean isFirst() {
        return ordinal() == 0;
    }

    public boolean isLast() {
        return ordinal() == values().length - 1;
    }

    public ReframeStep next() {
        return isLast() ? this : values()[ordinal() + 1];
    }

    public ReframeStep previous() {
        return isFirst() ? this : values()[ordinal() - 1];
    }
}
