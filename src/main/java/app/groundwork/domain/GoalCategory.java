package app.groundwork.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of life a small step can belong to. The id is what the database, the content and the JSON contract use;
 * the friendly name a person reads comes from the content module.
 */
public enum GoalCategory {
    SELF_CARE("self-care"),
    MOVEMENT("movement"),
    STUDY("study"),
    WORK("work"),
    SOCIAL("social"),
    SOLO("solo"),
    BOUNDARIES("boundaries"),
    JOY("joy");

    private final String id;

    GoalCategory(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<GoalCategory> fromId(String id) {
        return Arrays.stream(values()).filter(category -> category.id.equals(id)).findFirst();
    }
}
