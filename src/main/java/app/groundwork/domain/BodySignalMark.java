package app.groundwork.domain;

import java.util.Objects;

/**
 * A body signal noticed at a check-in.
 *
 * @param name   the content id (for example {@code tight-chest}) or, when {@code custom}, the person's own words
 * @param custom true when the person described this signal themselves
 */
public record BodySignalMark(String name, boolean custom) {
    public BodySignalMark {
        Objects.requireNonNull(name, "name");
    }

    public static BodySignalMark known(String id) {
        return new BodySignalMark(id, false);
    }

    public static BodySignalMark custom(String words) {
        return new BodySignalMark(words, true);
    }
}
