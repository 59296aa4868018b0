package app.groundwork.io;

import app.groundwork.domain.Bucket;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.Numbers;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReframeDrop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One row of the report's week-by-week table, for the week starting on Monday {@code week}. Only the days of the
 * week inside the report's range count, so the first and last week may be partial.
 *
 * @param mood          the mean of the week's daily mood means; empty when no day was rated
 * @param selfTrust     the mean of the week's daily self-trust means; empty when none was given
 * @param checkInDays   the days with at least one check-in (the figures hold one mood value per such day, so this
 *                      counts days, not check-ins)
 * @param reframes      thought records finished, by the day of each record
 * @param stepsDone     steps marked done, every category and size together
 * @param wins          wins: steps done or partly done, experiments, and wins written in by hand
 */
record ReportWeek(LocalDate week, OptionalDouble mood, OptionalDouble selfTrust, int checkInDays, int reframes,
                  int stepsDone, int wins) {

    /** A row for every week the range touches, oldest first, weeks with nothing in them included. */
    static List<ReportWeek> of(ProgressData data) {
        List<ReportWeek> rows = new ArrayList<>();
        LocalDate last = data.range().to();
        for (LocalDate week = Bucket.WEEK.start(data.range().from()); !week.isAfter(last); week = week.plusWeeks(1)) {
            LocalDate start = week;
            LocalDate end = week.plusDays(6);
            List<DayValue> moods = within(data.mood(), start, end);
            int reframes = (int) data.reframeDrops().stream().map(ReframeDrop::date)
                    .filter(date -> !date.isBefore(start) && !date.isAfter(end)).count();
            int steps = data.goals().doneByWeek().stream().filter(done -> done.week().equals(start))
                    .mapToInt(GoalStats.WeekDone::count).sum();
            int wins = data.goals().winsByWeek().stream().filter(count -> count.week().equals(start))
                    .mapToInt(GoalStats.WeekCount::count).sum();
            rows.add(new ReportWeek(start, mean(moods), mean(within(data.selfTrust(), start, end)), moods.size(),
                    reframes, steps, wins));
        }
        return rows;
    }

    private static List<DayValue> within(List<DayValue> values, LocalDate start, LocalDate end) {
        return values.stream().filter(value -> !value.date().isBefore(start) && !value.date().isAfter(end)).toList();
    }

    private static OptionalDouble mean(List<DayValue> values) {
        return Numbers.mean(values, DayValue::value);
    }
}
