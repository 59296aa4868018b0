package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Preferences kept inside the journal because they say something personal.
 *
 * @param nudgeHiddenUntil    the low-mood suggestion stays hidden before this day; empty when never hidden
 * @param assessmentSchedules days between reminders per instrument id; 0 means no reminder
 */
public record JournalPreferences(Optional<LocalDate> nudgeHiddenUntil, Map<String, Integer> assessmentSchedules) {
    /** The longest reminder interval offered, a year. */
    public static final int LONGEST_SCHEDULE = 365;
    /** WHO-5 every two weeks; every other scale only when the person asks for reminders. */
    public static final Map<String, Integer> DEFAULT_SCHEDULES = Map.of("who5", 14);
    public static final JournalPreferences DEFAULTS = new JournalPreferences(Optional.empty(), DEFAULT_SCHEDULES);

    public JournalPreferences {
        TreeMap<String, Integer> schedules = new TreeMap<>(DEFAULT_SCHEDULES);
        assessmentSchedules.forEach((id, days) -> schedules.put(id, clampSchedule(days)));
        assessmentSchedules = Map.copyOf(schedules);
    }

    /** Days between reminders for an instrument; 0 when it has none. */
    public int scheduleDays(String instrumentId) {
        return assessmentSchedules.getOrDefault(instrumentId, 0);
    }

    /** True when the low-mood suggestion may show on {@code day}. */
    public boolean nudgeAllowedOn(LocalDate day) {
        return nudgeHiddenUntil.map(until -> !day.isBefore(until)).orElse(true);
    }

    public static int clampSchedule(int days) {
        return Math.max(0, Math.min(LONGEST_SCHEDULE, days));
    }
}
