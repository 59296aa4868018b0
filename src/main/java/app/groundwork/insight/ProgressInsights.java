package app.groundwork.insight;

import app.groundwork.domain.Bucket;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.PeriodCount;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeDrop;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small calculations the Progress figures share: trailing means, counts per period, each record's easing. */
public final class ProgressInsights {
    /** The days a rolling mean looks back over, the day itself included. */
    public static final int ROLLING_DAYS = 7;

    private ProgressInsights() {
    }

    /**
     * On each day of {@code range} that has a value, the mean of the values in the {@value #ROLLING_DAYS} calendar
     * days ending that day. Days without a value are not counted as zero; they are simply not there.
     *
     * @param daily one value per day, oldest first; may start before the range so its first days have a full window
     */
    public static List<DayValue> rolling(List<DayValue> daily, DateRange range) {
        List<DayValue> means = new ArrayList<>();
        Deque<DayValue> window = new ArrayDeque<>();
        double sum = 0;
        for (DayValue day : daily) {
            window.addLast(day);
            sum += day.value();
            while (ChronoUnit.DAYS.between(window.peekFirst().date(), day.date()) >= ROLLING_DAYS) {
                sum -= window.removeFirst().value();
            }
            if (range.contains(day.date())) {
                means.add(new DayValue(day.date(), sum / window.size()));
            }
        }
        return means;
    }

    /**
     * How often each key occurs per period, periods oldest first and, within one, the most frequent key first.
     *
     * @param dated each occurrence: its day and its key
     */
    public static List<PeriodCount> perPeriod(List<Map.Entry<LocalDate, String>> dated, Bucket bucket) {
        Map<LocalDate, Map<String, Integer>> counts = new LinkedHashMap<>();
        dated.stream().sorted(Map.Entry.comparingByKey()).forEach(item -> counts
                .computeIfAbsent(bucket.start(item.getKey()), start -> new LinkedHashMap<>())
                .merge(item.getValue(), 1, Integer::sum));
        List<PeriodCount> periods = new ArrayList<>();
        counts.forEach((start, keys) -> keys.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(key -> periods.add(new PeriodCount(start, key.getKey(), key.getValue()))));
        return periods;
    }

    /** Each finished record's drop in feelings and in belief, oldest first; a drop not rated both times is null. */
    public static List<ReframeDrop> drops(List<Reframe> finished) {
        return finished.stream()
                .map(reframe -> new ReframeDrop(reframe.id(), reframe.date(),
                        boxed(reframe.content().distressDrop()), boxed(reframe.content().beliefDrop())))
                .toList();
    }

    private static Double boxed(java.util.OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
