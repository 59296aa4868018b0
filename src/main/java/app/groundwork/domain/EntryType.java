package app.groundwork.domain;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of journal entry. The id is what the database and the JSON contract use. */
public enum EntryType {
    CHECKIN("checkin"),
    REFRAME("reframe"),
    GOAL("goal"),
    PRACTICE("practice"),
    ASSESSMENT("assessment"),
    /** A plain written note with no mood, such as one brought in from another journal app. */
    NOTE("note");

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
