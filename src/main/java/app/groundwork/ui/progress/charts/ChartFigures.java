package app.groundwork.ui.progress.charts;

import app.groundwork.domain.Bucket;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.Numbers;
import app.groundwork.domain.PeriodCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The aggregated figures reshaped for drawing: totals, the top few, one line per key. Pure, no display needed. */
final class ChartFigures {
    private ChartFigures() {
    }

    /** Each key's total over all periods, largest first, then by key. */
    static List<Map.Entry<String, Integer>> totals(List<PeriodCount> counts) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        counts.forEach(count -> totals.merge(count.key(), count.count(), Integer::sum));
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The first day of every period of {@code bucket} that {@code range} touches, oldest first. */
    static List<LocalDate> periods(DateRange range, Bucket bucket) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = bucket.start(range.from()); !start.isAfter(range.to()); start = bucket.next(start)) {
            starts.add(start);
        }
        return starts;
    }

    /** One key's count in every period of the range, 0 where it was not counted. */
    static List<DayValue> line(List<PeriodCount> counts, String key, DateRange range, Bucket bucket) {
        Map<LocalDate, Integer> byPeriod = new TreeMap<>();
        counts.stream().filter(count -> count.key().equals(key))
                .forEach(count -> byPeriod.merge(bucket.start(count.start()), count.count(), Integer::sum));
        return periods(range, bucket).stream()
                .map(start -> new DayValue(start, byPeriod.getOrDefault(start, 0)))
                .toList();
    }

    /**
     * The ladder per category re-counted in {@code bucket}: in each period, the largest size done in any of its weeks.
     * Categories in {@link GoalCategory} order, periods oldest first.
     */
    static Map<GoalCategory, List<DayValue>> ladder(List<GoalStats.LadderPoint> points, Bucket bucket) {
        Map<GoalCategory, TreeMap<LocalDate, Integer>> levels = new EnumMap<>(GoalCategory.class);
        for (GoalStats.LadderPoint point : points) {
            levels.computeIfAbsent(point.category(), category -> new TreeMap<>())
                    .merge(bucket.start(point.week()), point.level(), Math::max);
        }
        Map<GoalCategory, List<DayValue>> lines = new EnumMap<>(GoalCategory.class);
        levels.forEach((category, byPeriod) -> lines.put(category, byPeriod.entrySet().stream()
                .map(entry -> new DayValue(entry.getKey(), entry.getValue()))
                .toList()));
        return lines;
    }

    /** Steps done per category, most first, then in {@link GoalCategory} order; categories with none left out. */
    static List<Map.Entry<GoalCategory, Integer>> doneByCategory(List<GoalStats.DoneCount> done) {
        Map<GoalCategory, Integer> totals = new EnumMap<>(GoalCategory.class);
        done.forEach(count -> totals.merge(count.category(), count.count(), Integer::sum));
        return totals.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<GoalCategory, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** Steps done per size, smallest size first; sizes with none left out. */
    static List<Map.Entry<Integer, Integer>> doneBySize(List<GoalStats.DoneCount> done) {
        Map<Integer, Integer> totals = new TreeMap<>();
        done.forEach(count -> totals.merge(count.size(), count.count(), Integer::sum));
        return totals.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The largest value of the lists, or {@code floor} when it is larger. */
    static double highest(List<List<DayValue>> lines, double floor) {
        return Math.max(floor, Numbers.max(lines.stream().flatMap(List::stream).toList(), DayValue::value).orElse(floor));
    }

    /**
     * Levels held over their periods, as a ladder is drawn: each level runs flat from its period's first day to its
     * last, then the line steps to the next one.
     */
    static List<DayValue> steps(List<DayValue> levels, Bucket bucket) {
        List<DayValue> steps = new ArrayList<>(levels.size() * 2);
        for (DayValue level : levels) {
            steps.add(level);
            LocalDate last = bucket.next(level.date()).minusDays(1);
            if (last.isAfter(level.date())) {
                steps.add(new DayValue(last, level.value()));
            }
        }
        return steps;
    }
}
