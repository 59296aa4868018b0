package app.groundwork.domain;

import java.time.LocalDate;

/**
 * How many entries a day holds and the mean mood of its check-ins ({@code null} when none), for the calendar.
 */
public record DaySummary(LocalDate date, int entries, Double meanMood) {
}
