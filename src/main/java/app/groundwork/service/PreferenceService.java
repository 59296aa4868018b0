package app.groundwork.service;

import app.groundwork.domain.JournalPreferences;
import app.groundwork.store.PreferenceRepository;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/** Reads and changes the preferences kept in the journal. A stored value that cannot be read counts as unset. */
public final class PreferenceService {
    static final String NUDGE_HIDDEN_UNTIL = "nudge.hiddenUntil";
    static final String SCHEDULE_PREFIX = "schedule.";

    private final PreferenceRepository preferences;

    PreferenceService(PreferenceRepository preferences) {
        this.preferences = preferences;
    }

    public CompletableFuture<JournalPreferences> load() {
        return preferences.all().thenApply(PreferenceService::read);
    }

    public CompletableFuture<Void> hideNudgeUntil(LocalDate day) {
        return preferences.put(NUDGE_HIDDEN_UNTIL, day.toString());
    }

    /** Sets the reminder interval for an instrument, clamped to 0 (no reminder) … a year. */
    public CompletableFuture<Void> setSchedule(String instrumentId, int days) {
        return preferences.put(SCHEDULE_PREFIX + instrumentId, String.valueOf(JournalPreferences.clampSchedule(days)));
    }

    static JournalPreferences read(Map<String, String> stored) {
        Optional<LocalDate> hiddenUntil;
        try {
            hiddenUntil = Optional.ofNullable(stored.get(NUDGE_HIDDEN_UNTIL)).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            hiddenUntil = Optional.empty();
        }
        Map<String, Integer> schedules = new TreeMap<>();
        stored.forEach((name, value) -> {
            if (name.startsWith(SCHEDULE_PREFIX)) {
                try {
                    schedules.put(name.substring(SCHEDULE_PREFIX.length()), Integer.parseInt(value.trim()));
                } catch (NumberFormatException e) {
                    // an unreadable interval keeps the default
                }
            }
        });
        return new JournalPreferences(hiddenUntil, schedules);
    }
}
