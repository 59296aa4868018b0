package app.groundwork.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The period "over time" figures are counted in, chosen from the length of the range so a chart never crowds. */
public enum Bucket {
    DAY, WEEK, MONTH;

    /** Days for ranges up to a month, weeks up to half a year, months beyond. */
    public static Bucket forRange(DateRange range) {
        long days = range.days();
        return days <= 31 ? DAY : days <= 183 ? WEEK : MONTH;
    }

    /** The first day of the period {@code date} falls in (weeks start on Monday). */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
