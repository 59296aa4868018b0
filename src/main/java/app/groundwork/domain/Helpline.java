package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A place to turn to: a helpline as shipped with the app, as the person changed it, or one they added themselves.
 * Every text is plain; {@code source} is a web address to read, never opened by the app.
 *
 * @param id      a bundled line's id (also for the person's change to it); {@code own-<n>} for the person's own lines;
 *                empty for an own line not yet stored
 * @param region  the region id it belongs to, for example {@code uk-ie}
 * @param hours   when it answers; may be empty for the person's own lines
 * @param source  where the details come from; may be empty for the person's own lines
 * @param checked the day the details were last compared with the source; null when nobody noted one
 */
public record Helpline(String id, String region, String name, String contact, String hours, String source,
                       LocalDate checked, Origin origin) {
    /** Where the line's details come from. */
    public enum Origin {
        /** as shipped with the app */
        BUNDLED,
        /** shipped with the app, then changed by the person; it can be restored */
        EDITED,
        /** added by the person */
        OWN
    }

    public Helpline {
        id = id == null ? "" : id;
        region = region == null ? "" : region;
        name = name == null ? "" : name;
        contact = contact == null ? "" : contact;
        hours = hours == null ? "" : hours;
        source = source == null ? "" : source;
        if (origin == null) {
            throw new IllegalArgumentException("a helpline needs an origin");
        }
    }

    /** A line the person is adding; it gets its id when stored. */
    public static Helpline newOwn(String region, String name, String contact, String hours, String source, LocalDate checked) {
        return new Helpline("", region, name, contact, hours, source, checked, Origin.OWN);
    }

    /** True until an own line has been stored. */
    public boolean isNew() {
        return id.isEmpty();
    }

    /** The same line with the person's details in place of these, keeping id, region and origin. */
    public Helpline withDetails(String newName, String newContact, String newHours, String newSource, LocalDate newChecked) {
        return new Helpline(id, region, newName, newContact, newHours, newSource, newChecked, origin);
    }

    /** True when the texts and date are the same, whatever the origin. */
    public boolean sameDetails(Helpline other) {
        return name.equals(other.name) && contact.equals(other.contact) && hours.equals(other.hours)
                && source.equals(other.source) && Objects.equals(checked, other.checked);
    }
}
