package app.groundwork.domain.transfer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Daylio's five default moods on Groundwork's 1–10 scale. A person can change any of these before importing, and
 * must give a number for any mood name of their own.
 */
public final class DaylioMoods {
    /** rad 9, good 7, meh 5, bad 3, awful 1. */
    public static final Map<String, Integer> DEFAULTS = defaults();

    private DaylioMoods() {
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> moods = new LinkedHashMap<>();
        moods.put("rad", 9);
        moods.put("good", 7);
        moods.put("meh", 5);
        moods.put("bad", 3);
        moods.put("awful", 1);
        return java.util.Collections.unmodifiableMap(moods);
    }

    /** The way mood names are compared: case and surrounding spaces ignored. */
    public static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The defaults with {@code chosen} on top (names compared as {@link #normalise} does). */
    public static Map<String, Integer> with(Map<String, Integer> chosen) {
        Map<String, Integer> moods = new LinkedHashMap<>(DEFAULTS);
        chosen.forEach((name, value) -> moods.put(normalise(name), value));
        return moods;
    }
}
