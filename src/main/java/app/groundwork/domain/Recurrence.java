package app.groundwork.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The days a goal comes round on: none for a one-off step, every day, or chosen weekdays. Days are the person's local
 * calendar days, so a goal for Mondays is due on Monday wherever the computer's clock happens to be set.
 */
public record Recurrence(Set<DayOfWeek> days) {
    public static final Recurrence NONE = new Recurrence(Set.of());
    public static final Recurrence DAILY = new Recurrence(EnumSet.allOf(DayOfWeek.class));

    public Recurrence {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public static Recurrence on(Collection<DayOfWeek> days) {
        return days.isEmpty() ? NONE : new Recurrence(EnumSet.copyOf(days));
    }

    public boolean recurring() {
        return !days.isEmpty();
    }

    public boolean daily() {
        return days.size() == DayOfWeek.values().length;
    }

    public boolean fallsOn(LocalDate date) {
        return fallsOnDay(date.getDayOfWeek());
    }

    public boolean fallsOnDay(DayOfWeek day) {
        return days.contains(day);
    }

    /** The chosen days in week order, Monday first. */
    public List<DayOfWeek> orderedDays() {
        return days.isEmpty() ? List.of() : new ArrayList<>(EnumSet.copyOf(days));
    }

    /** The contract spelling: {@code ""} for a one-off, {@code daily}, or short weekdays such as {@code mon,wed}. */
    public String id() {
        if (daily()) {
            return "daily";
        }
        return orderedDays().stream().map(Recurrence::shortName).collect(Collectors.joining(","));
    }

    /** The days as a bit set, Monday the lowest bit; 0 for a one-off. */
    public int mask() {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << (day.getValue() - 1);
        }
        return mask;
    }

    public static Recurrence fromMask(int mask) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return on(days);
    }

    /**
     * Reads {@code daily} or a comma-separated list of weekdays ({@code mon,wed,fri}; three letters or the full name,
     * any case). Empty when the text names no day or something that is not a day.
     */
    public static Optional<Recurrence> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("daily") || trimmed.equals("every day")) {
            return Optional.of(DAILY);
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : trimmed.split(",")) {
            Optional<DayOfWeek> day = dayNamed(part.trim());
            if (day.isEmpty()) {
                return Optional.empty();
            }
            days.add(day.get());
        }
        return Optional.of(on(days));
    }

    private static Optional<DayOfWeek> dayNamed(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.name().toLowerCase(Locale.ROOT);
            if (name.equals(full) || name.equals(shortName(day))) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT).substring(0, 3);
    }
}
