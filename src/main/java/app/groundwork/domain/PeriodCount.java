package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A count of {@code key} in the period (week or month) that starts on {@code start}. */
public record PeriodCount(LocalDate start, String key, int count) {
    public PeriodCount {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(key, "key");
    }
}
