package app.groundwork.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The person's preferences, none of which hold anything they wrote.
 *
 * @param theme               {@code light} or {@code dark}
 * @param textSize            the base font size in points, 11–20
 * @param welcomeRead         true once the first-run welcome was closed
 * @param region              the helpline region id chosen in Settings, or empty until one is chosen
 * @param nudgeHiddenUntil    the low-mood suggestion stays hidden before this day; null when never hidden
 * @param assessmentSchedules days between reminders per instrument id; 0 means no reminder
 */
public record AppSettings(Theme theme, int textSize, boolean welcomeRead, String region, LocalDate nudgeHiddenUntil,
                          Map<String, Integer> assessmentSchedules) {
    public static final int SMALLEST_TEXT = 11;
    public static final int LARGEST_TEXT = 20;
    /** The longest reminder interval offered, a year. */
    public static final int LONGEST_SCHEDULE = 365;
    /** WHO-5 every two weeks; every other scale only when the person asks for reminders. */
    public static final Map<String, Integer> DEFAULT_SCHEDULES = Map.of("who5", 14);
    public static final AppSettings DEFAULTS =
            new AppSettings(Theme.LIGHT, 14, false, "", null, DEFAULT_SCHEDULES);

    private static final String SCHEDULE_PREFIX = "schedule.";

    public enum Theme { LIGHT, DARK }

    public AppSettings {
        textSize = Math.max(SMALLEST_TEXT, Math.min(LARGEST_TEXT, textSize));
        region = region == null ? "" : region;
        TreeMap<String, Integer> schedules = new TreeMap<>();
        assessmentSchedules.forEach((id, days) -> schedules.put(id, Math.max(0, Math.min(LONGEST_SCHEDULE, days))));
        assessmentSchedules = Map.copyOf(schedules);
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(newTheme, textSize, welcomeRead, region, nudgeHiddenUntil, assessmentSchedules);
    }

    public AppSettings withTextSize(int newSize) {
        return new AppSettings(theme, newSize, welcomeRead, region, nudgeHiddenUntil, assessmentSchedules);
    }

    public AppSettings withWelcomeRead() {
        return new AppSettings(theme, textSize, true, region, nudgeHiddenUntil, assessmentSchedules);
    }

    public AppSettings withRegion(String regionId) {
        return new AppSettings(theme, textSize, welcomeRead, regionId, nudgeHiddenUntil, assessmentSchedules);
    }

    public AppSettings withNudgeHiddenUntil(LocalDate day) {
        return new AppSettings(theme, textSize, welcomeRead, region, day, assessmentSchedules);
    }

    /** {@code days} 0 turns the reminder off. */
    public AppSettings withSchedule(String instrumentId, int days) {
        TreeMap<String, Integer> schedules = new TreeMap<>(assessmentSchedules);
        schedules.put(instrumentId, days);
        return new AppSettings(theme, textSize, welcomeRead, region, nudgeHiddenUntil, schedules);
    }

    /** Days between reminders for an instrument; 0 when it has none. */
    public int scheduleDays(String instrumentId) {
        return assessmentSchedules.getOrDefault(instrumentId, 0);
    }

    /** The chosen region, or a guess from the system's country until the person chooses. */
    public String regionOrGuess(Locale locale) {
        if (!region.isEmpty()) {
            return region;
        }
        switch (locale.getCountry()) {
            case "US": return "us";
            case "CA": return "ca";
            case "GB": case "IE": return "uk-ie";
            case "AU": return "au";
            case "IN": return "in";
            default: return "international";
        }
    }

    static AppSettings from(Map<String, String> stored) {
        Function<String, String> values = stored::get;
        Theme theme = "dark".equals(values.apply("theme")) ? Theme.DARK : Theme.LIGHT;
        int size = number(values.apply("textSize"), DEFAULTS.textSize());
        String region = values.apply("region");
        LocalDate hiddenUntil;
        try {
            String day = values.apply("nudgeHiddenUntil");
            hiddenUntil = day == null || day.isBlank() ? null : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            hiddenUntil = null;
        }
        TreeMap<String, Integer> schedules = new TreeMap<>(DEFAULT_SCHEDULES);
        stored.forEach((key, days) -> {
            if (key.startsWith(SCHEDULE_PREFIX)) {
                String id = key.substring(SCHEDULE_PREFIX.length());
                schedules.put(id, number(days, schedules.getOrDefault(id, 0)));
            }
        });
        return new AppSettings(theme, size, "true".equals(values.apply("welcomeRead")), region, hiddenUntil, schedules);
    }

    private static int number(String text, int fallback) {
        try {
            return Integer.parseInt(String.valueOf(text).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    void forEach(BiConsumer<String, String> sink) {
        sink.accept("theme", theme == Theme.DARK ? "dark" : "light");
        sink.accept("textSize", String.valueOf(textSize));
        sink.accept("welcomeRead", String.valueOf(welcomeRead));
        sink.accept("region", region);
        if (nudgeHiddenUntil != null) {
            sink.accept("nudgeHiddenUntil", nudgeHiddenUntil.toString());
        }
        assessmentSchedules.forEach((id, days) -> sink.accept(SCHEDULE_PREFIX + id, String.valueOf(days)));
    }
}
