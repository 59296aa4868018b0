package app.groundwork.domain;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of journal entry. The id is what the database and the JSON contract use. */
public enum EntryType {
    CHECKIN("checkin"),
    REFRAME("reframe"),
    GOAL("goal"),
    PRACTICE("practice"),
    ASSESSMENT("assessment");

    private final String id;

    EntryType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<EntryType> fromId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }
}
