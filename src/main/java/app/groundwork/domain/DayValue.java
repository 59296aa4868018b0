package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A number for one day, such as the day's mean mood. */
public record DayValue(LocalDate date, double value) {
    public DayValue {
        Objects.requireNonNull(date, "date");
    }
}
