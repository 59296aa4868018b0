package app.groundwork.domain;

/**
 * Someone the person can reach out to: a friend, a relative, a doctor, a sponsor.
 *
 * @param id    0 until stored
 * @param reach how to reach them, in the person's words: a phone number, an address, "ask after class"
 * @param note  anything else worth remembering; may be empty
 */
public record SupportContact(long id, String name, String reach, String note) {
    public SupportContact {
        name = name == null ? "" : name;
        reach = reach == null ? "" : reach;
        note = note == null ? "" : note;
    }

    public static SupportContact newContact(String name, String reach, String note) {
        return new SupportContact(0, name, reach, note);
    }

    public boolean isNew() {
        return id == 0;
    }

    public SupportContact withId(long newId) {
        return new SupportContact(newId, name, reach, note);
    }
}
