package app.groundwork.ui.progress.charts;

import app.groundwork.Messages;
import app.groundwork.domain.Bucket;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.NamedCount;
import app.groundwork.domain.Numbers;
import app.groundwork.domain.PeriodCount;
import app.groundwork.domain.ReframeStats;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.domain.SelfTalkPoint;
import app.groundwork.domain.TrapStats;
import app.groundwork.ui.progress.ProgressChart.ChartWords;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The sentences under the Progress charts, worked out from the figures alone so they can be checked without a
 * display. They say what moved and by how much, one decimal, and never call a direction good or bad.
 */
public final class ChartCaptions {
    /** The days a rolling mean covers; the first week's mean is read at the end of the first seven days. */
    static final int WEEK = 7;
    /** How far the 7-day mean sits below the range's mean, at least, for a dip. */
    static final double DIP_DEPTH = 1.0;
    /** A dip lasts at least this many days. */
    static final int DIP_DAYS = 2;
    /** Changes smaller than this, after rounding to one decimal, are "about the same". */
    private static final double STEADY = 0.05;
    /** A daily measure whose 7-day mean moved less than this held fairly steady. */
    private static final double HELD = 0.5;

    private ChartCaptions() {
    }

    /**
     * A message with every fractional number first rounded half up to one decimal, so 5.25 reads as 5.3 wherever it
     * appears, and the same figure never reads differently in two sentences.
     */
    static String say(String key, Object... args) {
        Object[] rounded = args.clone();
        for (int i = 0; i < rounded.length; i++) {
            if (rounded[i] instanceof Double value) {
                rounded[i] = Math.round(value * 10) / 10.0;
            }
        }
        return Messages.get(key, rounded);
    }

    /** How a daily measure moved: the 7-day mean at the end of its first week and at its last day. */
    public record Trend(double start, double end) {
    }

    /**
     * Stretches where the 7-day mean sat {@value #DIP_DEPTH} point or more below the range's mean for at least
     * {@value #DIP_DAYS} days.
     *
     * @param count       how many stretches
     * @param longestDays the longest one, in calendar days; 0 when there were none
     * @param allLifted   true when the last stretch ended before the range's last rating
     */
    public record Dips(int count, long longestDays, boolean allLifted) {
    }

    /** The mean of the values, or 0 for none. */
    public static double mean(List<DayValue> values) {
        return Numbers.mean(values, DayValue::value).orElse(0);
    }

    /**
     * The 7-day mean at the end of the first week with ratings, and the last one; empty when the ratings span less
     * than a week, so the two would overlap.
     *
     * @param rolling the trailing 7-day means, oldest first
     */
    public static Optional<Trend> trend(List<DayValue> rolling) {
        if (rolling.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = rolling.get(0).date();
        DayValue last = rolling.get(rolling.size() - 1);
        if (ChronoUnit.DAYS.between(first, last.date()) < WEEK) {
            return Optional.empty();
        }
        DayValue endOfFirstWeek = rolling.get(0);
        for (DayValue day : rolling) {
            if (ChronoUnit.DAYS.between(first, day.date()) >= WEEK) {
                break;
            }
            endOfFirstWeek = day;
        }
        return Optional.of(new Trend(endOfFirstWeek.value(), last.value()));
    }

    /**
     * The dips of {@code rolling} below the mean of {@code daily}. A stretch runs over consecutive days with a rating
     * that sit low, as long as no more than a week passes between two of them.
     */
    public static Dips dips(List<DayValue> daily, List<DayValue> rolling) {
        if (daily.isEmpty() || rolling.isEmpty()) {
            return new Dips(0, 0, true);
        }
        double threshold = mean(daily) - DIP_DEPTH + 1e-9;
        int count = 0;
        long longest = 0;
        boolean endsLow = false;
        LocalDate stretchStart = null;
        LocalDate stretchEnd = null;
        for (DayValue day : rolling) {
            boolean low = day.value() <= threshold;
            boolean continues = stretchEnd != null && ChronoUnit.DAYS.between(stretchEnd, day.date()) < WEEK;
            if (low && continues) {
                stretchEnd = day.date();
            } else {
                if (stretchStart != null) {
                    long length = ChronoUnit.DAYS.between(stretchStart, stretchEnd) + 1;
                    if (length >= DIP_DAYS) {
                        count++;
                        longest = Math.max(longest, length);
                    }
                }
                stretchStart = low ? day.date() : null;
                stretchEnd = low ? day.date() : null;
            }
        }
        if (stretchStart != null) {
            long length = ChronoUnit.DAYS.between(stretchStart, stretchEnd) + 1;
            if (length >= DIP_DAYS) {
                count++;
                longest = Math.max(longest, length);
                endsLow = true;
            }
        }
        return new Dips(count, longest, !endsLow);
    }

    /** 0 for up to a month, 1 for up to half a year, 2 for up to two years, 3 beyond: "these days … these years". */
    static int spanIndex(DateRange range) {
        long days = range.days();
        return days <= 31 ? 0 : days <= 183 ? 1 : days <= 730 ? 2 : 3;
    }

    /** "these weeks", for the range. */
    static String span(DateRange range) {
        return say("progress.chart.span", spanIndex(range));
    }

    /** "week", for the bucket. */
    static String period(Bucket bucket) {
        return say("progress.chart.period", bucket.ordinal());
    }

    /** "once", "12 times". */
    static String times(int count) {
        return say("progress.chart.times", count);
    }

    /** "3 March 2025". */
    static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.getDefault()).format(date);
    }

    /** "eased by 12.5 points", "grew by 3.0 points", or "stayed about the same", for a drop. */
    static String change(double drop) {
        if (Math.abs(drop) < STEADY) {
            return say("progress.chart.change.same");
        }
        return drop > 0 ? say("progress.chart.change.eased", drop)
                : say("progress.chart.change.grew", -drop);
    }

    /**
     * The words of a daily line (mood, self-trust): how the 7-day mean moved over the range, its dips, and in the
     * summary the lowest, highest and mean day.
     *
     * @param nameKey the measure's name, such as {@code progress.chart.mood.name}
     * @param emptyKey what the summary says when nothing was rated (the caption is then blank)
     */
    public static ChartWords daily(String nameKey, String emptyKey, DateRange range, List<DayValue> daily,
                                   List<DayValue> rolling) {
        if (daily.isEmpty()) {
            return new ChartWords("", say(emptyKey));
        }
        String name = say(nameKey);
        double mean = mean(daily);
        List<String> sentences = new ArrayList<>();
        Optional<Trend> trend = trend(rolling);
        if (trend.isEmpty()) {
            sentences.add(say("progress.chart.daily.short", name, mean, daily.size()));
        } else {
            double start = Math.round(trend.get().start() * 10) / 10.0;
            double end = Math.round(trend.get().end() * 10) / 10.0;
            if (Math.abs(end - start) < STEADY) {
                sentences.add(say("progress.chart.daily.steady", name, end, span(range)));
            } else if (Math.abs(end - start) < HELD) {
                sentences.add(say("progress.chart.daily.held", name, start, end, span(range)));
            } else {
                sentences.add(say(end > start ? "progress.chart.daily.rose" : "progress.chart.daily.fell",
                        name, start, end, span(range)));
            }
            sentences.add(dipWords(mean, dips(daily, rolling)));
        }
        String caption = String.join(" ", sentences);
        double lowest = Numbers.min(daily, DayValue::value).orElse(0);
        double highest = Numbers.max(daily, DayValue::value).orElse(0);
        String figures = say("progress.chart.daily.summary", name, day(range.from()), day(range.to()),
                daily.size(), lowest, highest, mean);
        return new ChartWords(caption, caption + " " + figures);
    }

    static String dipWords(double mean, Dips dips) {
        if (dips.count() == 0) {
            return say("progress.chart.dips.none", mean);
        }
        String text = dips.count() == 1
                ? say("progress.chart.dips.one", mean, dips.longestDays())
                : say("progress.chart.dips.many", mean, dips.count(), dips.longestDays());
        return dips.allLifted() ? text + " " + say("progress.chart.dips.lifted") : text;
    }

    /**
     * The self-talk meter in words: whether the notes of the range held more kind or more critical phrases, with both
     * counts, said plainly either way.
     */
    public static ChartWords selfTalk(DateRange range, List<SelfTalkPoint> points) {
        int notes = points.stream().mapToInt(SelfTalkPoint::notes).sum();
        if (notes == 0) {
            return new ChartWords("", say("progress.chart.selfTalk.empty"));
        }
        int kind = points.stream().mapToInt(SelfTalkPoint::kind).sum();
        int critical = points.stream().mapToInt(SelfTalkPoint::critical).sum();
        String span = span(range);
        String caption;
        if (kind == 0 && critical == 0) {
            caption = say("progress.chart.selfTalk.quiet", span);
        } else if (kind > critical) {
            caption = say("progress.chart.selfTalk.kinder", span, kind, critical);
        } else if (critical > kind) {
            caption = say("progress.chart.selfTalk.harsher", span, critical, kind);
        } else {
            caption = say("progress.chart.selfTalk.even", span, kind);
        }
        return new ChartWords(caption, caption + " " + say("progress.chart.selfTalk.notes", notes));
    }

    /** How many rows the bar charts of feelings and body signals show. */
    static final int TOP_NAMED = 8;

    /**
     * The feelings named most often: the first one with its count and mean strength, how many different ones there
     * were, and in the summary each of the top {@value #TOP_NAMED}.
     *
     * @param counts most often named first
     */
    public static ChartWords emotions(List<NamedCount> counts, Function<NamedCount, String> name) {
        if (counts.isEmpty()) {
            return new ChartWords("", say("progress.chart.emotions.empty"));
        }
        NamedCount top = counts.get(0);
        String caption = (top.meanIntensity() == null
                ? say("progress.chart.emotions.captionPlain", name.apply(top), times(top.count()))
                : say("progress.chart.emotions.caption", name.apply(top), times(top.count()), top.meanIntensity()))
                + " " + say("progress.chart.emotions.variety", counts.size());
        List<String> rows = counts.stream().limit(TOP_NAMED).map(count -> emotionRow(count, name)).toList();
        return new ChartWords(caption, caption + " " + String.join(" ", rows));
    }

    static String emotionRow(NamedCount count, Function<NamedCount, String> name) {
        return count.meanIntensity() == null
                ? say("progress.chart.row", name.apply(count), times(count.count()))
                : say("progress.chart.emotions.row", name.apply(count), times(count.count()), count.meanIntensity());
    }

    /** The body signals marked most often, as for {@link #emotions}, without strengths. */
    public static ChartWords bodySignals(List<NamedCount> counts, Function<NamedCount, String> name) {
        if (counts.isEmpty()) {
            return new ChartWords("", say("progress.chart.body.empty"));
        }
        NamedCount top = counts.get(0);
        String caption = say("progress.chart.body.caption", name.apply(top), times(top.count()))
                + " " + say("progress.chart.body.variety", counts.size());
        List<String> rows = counts.stream().limit(TOP_NAMED)
                .map(count -> say("progress.chart.row", name.apply(count), times(count.count())))
                .toList();
        return new ChartWords(caption, caption + " " + String.join(" ", rows));
    }

    /** How many traps the traps chart follows. */
    static final int TOP_TRAPS = 3;

    /**
     * The trap spotted most often, out of how many named; in the summary the ones the lines follow, with their totals.
     *
     * @param name a trap's name from its catalogue id, or the person's own name as it is
     */
    public static ChartWords traps(List<PeriodCount> traps, Bucket bucket, Function<String, String> name) {
        List<Map.Entry<String, Integer>> totals = ChartFigures.totals(traps);
        int named = totals.stream().mapToInt(Map.Entry::getValue).sum();
        if (named == 0) {
            return new ChartWords("", say("progress.chart.traps.empty"));
        }
        Map.Entry<String, Integer> top = totals.get(0);
        String caption = say("progress.chart.traps.caption", name.apply(top.getKey()), top.getValue(), named);
        String followed = totals.stream().limit(TOP_TRAPS)
                .map(total -> say("progress.chart.traps.count", name.apply(total.getKey()), times(total.getValue())))
                .collect(Collectors.joining(", "));
        return new ChartWords(caption, caption + " " + say("progress.chart.traps.lines", period(bucket), followed));
    }

    /** How many traps the easing bars show. */
    static final int TOP_EASING = 5;

    /**
     * The finished thought records in words: how many, how much belief and feelings eased on average, and the trap
     * with which belief eased most; in the summary each trap's bar.
     *
     * @param averaged true when the lines show means per period because the records outnumber the pixels
     */
    public static ChartWords reframes(ReframeStats stats, Function<TrapStats, String> name, boolean averaged,
                                      Bucket bucket) {
        if (stats.done() == 0) {
            return new ChartWords("", say("progress.chart.reframe.empty"));
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(say("progress.chart.reframe.done", stats.done()));
        stats.meanBeliefDrop().ifPresent(drop ->
                sentences.add(say("progress.chart.reframe.belief", change(drop))));
        stats.meanDistressDrop().ifPresent(drop ->
                sentences.add(say("progress.chart.reframe.distress", change(drop))));
        easedMost(stats).ifPresent(trap -> sentences.add(say("progress.chart.reframe.trapMost",
                name.apply(trap), trap.meanBeliefDrop().getAsDouble())));
        String caption = String.join(" ", sentences);
        List<String> rows = stats.mostFrequent(TOP_EASING).stream()
                .filter(trap -> trap.meanBeliefDrop().isPresent())
                .map(trap -> say("progress.chart.reframe.trapRow", name.apply(trap),
                        change(trap.meanBeliefDrop().getAsDouble()), trap.count()))
                .toList();
        String summary = caption + (rows.isEmpty() ? "" : " " + String.join(" ", rows))
                + (averaged ? " " + say("progress.chart.reframe.averaged", period(bucket)) : "");
        return new ChartWords(caption, summary);
    }

    /** Among the most frequent traps, the one with the largest mean belief drop, when that drop is above zero. */
    static Optional<TrapStats> easedMost(ReframeStats stats) {
        return stats.mostFrequent(TOP_EASING).stream()
                .filter(trap -> trap.meanBeliefDrop().isPresent() && trap.meanBeliefDrop().getAsDouble() >= STEADY)
                .max(Comparator.comparingDouble(trap -> trap.meanBeliefDrop().getAsDouble()));
    }

    /**
     * The steps of the range in words: how many were done and where most, then the ladder: the category whose
     * largest step grew the most from its first period to its last, or when none grew, the largest step done.
     *
     * @param ladder the largest size done per category and period (see the goals chart), periods oldest first
     */
    public static ChartWords goals(GoalStats goals, Map<GoalCategory, List<DayValue>> ladder, Bucket bucket,
                                   Function<GoalCategory, String> categoryName, IntFunction<String> sizeName) {
        List<Map.Entry<GoalCategory, Integer>> byCategory = ChartFigures.doneByCategory(goals.done());
        int done = byCategory.stream().mapToInt(Map.Entry::getValue).sum();
        if (done == 0) {
            return new ChartWords("", say("progress.chart.goals.empty"));
        }
        List<String> sentences = new ArrayList<>();
        Map.Entry<GoalCategory, Integer> most = byCategory.get(0);
        sentences.add(say("progress.chart.goals.caption", done, categoryName.apply(most.getKey()),
                most.getValue()));
        GoalCategory climbed = null;
        double climb = 0;
        GoalCategory largest = null;
        double largestLevel = 0;
        for (Map.Entry<GoalCategory, List<DayValue>> line : ladder.entrySet()) {
            List<DayValue> levels = line.getValue();
            if (levels.isEmpty()) {
                continue;
            }
            double grew = levels.get(levels.size() - 1).value() - levels.get(0).value();
            if (grew > climb) {
                climb = grew;
                climbed = line.getKey();
            }
            double top = Numbers.max(levels, DayValue::value).orElse(0);
            if (top > largestLevel) {
                largestLevel = top;
                largest = line.getKey();
            }
        }
        if (climbed != null) {
            List<DayValue> levels = ladder.get(climbed);
            sentences.add(say("progress.chart.goals.climbed", categoryName.apply(climbed),
                    sizeName.apply((int) levels.get(0).value()), sizeName.apply((int) levels.get(levels.size() - 1).value())));
        } else if (largest != null) {
            sentences.add(say("progress.chart.goals.largest", sizeName.apply((int) largestLevel),
                    categoryName.apply(largest)));
        }
        String caption = String.join(" ", sentences);
        List<String> rows = new ArrayList<>();
        byCategory.forEach(entry -> rows.add(say("progress.chart.row", categoryName.apply(entry.getKey()),
                say("progress.chart.goals.done", entry.getValue()))));
        ChartFigures.doneBySize(goals.done()).forEach(entry -> rows.add(say("progress.chart.row",
                sizeName.apply(entry.getKey()), say("progress.chart.goals.done", entry.getValue()))));
        ladder.forEach((category, levels) -> {
            if (!levels.isEmpty()) {
                rows.add(say("progress.chart.goals.ladderRow", categoryName.apply(category),
                        sizeName.apply((int) levels.get(levels.size() - 1).value()), period(bucket)));
            }
        });
        return new ChartWords(caption, caption + " " + String.join(" ", rows));
    }

    /**
     * The experiments in words: how many, and how much easier or harder than feared they felt on average.
     *
     * @param averaged true when the lines show means per period because the experiments outnumber the pixels
     */
    public static ChartWords experiments(GoalStats goals, boolean averaged, Bucket bucket) {
        List<GoalStats.ExperimentGap> gaps = goals.experiments();
        if (gaps.isEmpty()) {
            return new ChartWords("", say("progress.chart.experiments.empty"));
        }
        double relief = goals.meanRelief() != null ? goals.meanRelief()
                : gaps.stream().mapToInt(GoalStats.ExperimentGap::relief).average().orElse(0);
        double rounded = Math.round(relief * 10) / 10.0;
        String feeling = Math.abs(rounded) < STEADY ? say("progress.chart.experiments.same")
                : rounded > 0 ? say("progress.chart.experiments.easier", relief)
                : say("progress.chart.experiments.harder", -relief);
        String caption = say("progress.chart.experiments.count", gaps.size()) + " " + feeling;
        double feared = gaps.stream().mapToInt(GoalStats.ExperimentGap::predicted).average().orElse(0);
        double felt = gaps.stream().mapToInt(GoalStats.ExperimentGap::actual).average().orElse(0);
        String summary = caption + " " + say("progress.chart.experiments.means", feared, felt)
                + (averaged ? " " + say("progress.chart.experiments.averaged", period(bucket)) : "");
        return new ChartWords(caption, summary);
    }

    /** "64 of 100", "3.25 of 5". */
    static String score(SavedAssessment result) {
        return say("progress.chart.assessments.score", result.score().formattedScore(Locale.getDefault()),
                result.score().formattedHighestScore());
    }

    /** "12 points", "0.50 points": the size of a change without its sign. */
    static String points(Instrument instrument, double change) {
        double size = Math.abs(change);
        String number = instrument.scoredAsMean() ? String.format(Locale.getDefault(), "%.2f", size)
                : String.valueOf(Math.round(size));
        return say("progress.chart.assessments.points", number);
    }

    /** What one point of a results chart says: its score and day, and a meaningful change in size, no direction. */
    static String assessmentPoint(ResultChange point) {
        String text = say("progress.chart.assessments.point", score(point.result()), day(point.result().date()));
        if (point.meaningful() && point.change().isPresent()) {
            text += "\n" + say("progress.chart.assessments.moved",
                    points(point.result().instrument(), point.change().getAsDouble()));
        }
        return text;
    }

    /** Which self-assessments have results in the range, and how many each: "WHO-5 (5 results), PHQ-9 (one result)". */
    public static ChartWords assessments(Map<Instrument, List<ResultChange>> results) {
        List<String> present = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            List<ResultChange> history = results.getOrDefault(instrument, List.of());
            if (!history.isEmpty()) {
                present.add(say("progress.chart.assessments.count", instrument.shortName(), history.size()));
            }
        }
        if (present.isEmpty()) {
            return new ChartWords("", say("progress.chart.assessments.empty"));
        }
        String caption = say("progress.chart.assessments.range", present.size(), String.join(", ", present));
        return new ChartWords(caption, caption);
    }

    /**
     * One instrument's results in the range: how many, the latest, and how many changes reached the published size
     * of a meaningful change (ringed on the chart); never whether a direction is better.
     *
     * @param history oldest first, not empty
     */
    public static String assessment(Instrument instrument, List<ResultChange> history) {
        SavedAssessment latest = history.get(history.size() - 1).result();
        String text = say("progress.chart.assessments.caption", instrument.shortName(), history.size(),
                score(latest), day(latest.date()));
        if (instrument.meaningfulChange().isEmpty()) {
            return text + " " + say("progress.chart.assessments.noThreshold");
        }
        if (history.size() < 2) {
            return text;
        }
        long meaningful = history.stream().filter(ResultChange::meaningful).count();
        return text + " " + say("progress.chart.assessments.meaningful", meaningful);
    }

    /**
     * The year in pixels in words: over the whole range, on how many days mood was given and its mean.
     */
    public static ChartWords pixels(List<DayValue> mood) {
        if (mood.isEmpty()) {
            return new ChartWords("", say("progress.chart.pixels.empty"));
        }
        String caption = say("progress.chart.pixels.range", mood.size(), mean(mood));
        return new ChartWords(caption, caption);
    }

    /** One year of the calendar: its days with a check-in, their mean, and each month's. */
    public static String pixelYear(int year, List<DayValue> mood) {
        String yearText = String.valueOf(year);
        List<DayValue> ofYear = mood.stream().filter(day -> day.date().getYear() == year).toList();
        if (ofYear.isEmpty()) {
            return say("progress.chart.pixels.captionNone", yearText);
        }
        return say("progress.chart.pixels.caption", ofYear.size(), yearText, mean(ofYear));
    }

    /** The same year month by month, for screen readers. */
    public static String pixelMonths(int year, List<DayValue> mood) {
        List<String> months = new ArrayList<>();
        for (Month month : Month.values()) {
            List<DayValue> days = mood.stream()
                    .filter(day -> day.date().getYear() == year && day.date().getMonth() == month).toList();
            months.add(say("progress.chart.pixels.month",
                    month.getDisplayName(TextStyle.FULL, Locale.getDefault()), days.size(), mean(days)));
        }
        return String.join(" ", months);
    }
}
