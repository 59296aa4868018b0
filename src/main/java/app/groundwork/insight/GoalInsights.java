package app.groundwork.insight;

import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.OwnWin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Adds up the steps of a period: what was done, by category and size and per week, how high each category's ladder
 * reached each week, how the experiments compared with what was feared, and how many wins each week held. Weeks start
 * on Monday and are named by that Monday.
 */
public final class GoalInsights {
    private static final Comparator<GoalMark> MARKED_ORDER = Comparator.comparing(GoalMark::date)
            .thenComparingLong(GoalMark::entryId);

    private GoalInsights() {
    }

    /**
     * The figures for the marks and hand-written wins dated {@code from} to {@code to}, both inclusive; anything
     * outside is left out. Every week the period touches is listed in {@code winsByWeek}, weeks with no win as 0.
     *
     * <p>An experiment counts when it was done or partly done and its result was written; its relief is the
     * predicted discomfort less the one felt.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static GoalStats summarize(List<GoalMark> marks, List<OwnWin> ownWins, LocalDate from, LocalDate to) {
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(ownWins, "ownWins");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
        List<GoalMark> inRange = marks.stream().filter(mark -> within(mark.date(), from, to))
                .sorted(MARKED_ORDER).toList();
        List<GoalMark> done = inRange.stream().filter(mark -> mark.outcome() == GoalOutcome.DONE).toList();

        Map<LocalDate, Integer> winsPerWeek = new TreeMap<>();
        for (LocalDate week = weekOf(from); !week.isAfter(weekOf(to)); week = week.plusWeeks(1)) {
            winsPerWeek.put(week, 0);
        }
        inRange.stream().filter(mark -> mark.outcome().isWin())
                .forEach(mark -> winsPerWeek.merge(weekOf(mark.date()), 1, Integer::sum));
        ownWins.stream().filter(win -> within(win.date(), from, to))
                .forEach(win -> winsPerWeek.merge(weekOf(win.date()), 1, Integer::sum));
        List<GoalStats.WeekCount> winsByWeek = new ArrayList<>();
        winsPerWeek.forEach((week, count) -> winsByWeek.add(new GoalStats.WeekCount(week, count)));
        int wins = winsByWeek.stream().mapToInt(GoalStats.WeekCount::count).sum();

        List<GoalStats.ExperimentGap> experiments = inRange.stream()
                .filter(mark -> mark.goal().experiment() && mark.result() != null && mark.outcome().isWin())
                .map(mark -> new GoalStats.ExperimentGap(mark.entryId(), mark.date(), mark.goal().title(),
                        mark.goal().plan().prediction().discomfort(), mark.result().discomfort()))
                .toList();

        return new GoalStats(from, to, doneCounts(done), doneByWeek(done), ladder(done), experiments, winsByWeek, wins,
                meanRelief(experiments));
    }

    private static List<GoalStats.DoneCount> doneCounts(List<GoalMark> done) {
        Map<SizeKey, Integer> counts = new TreeMap<>();
        done.forEach(mark -> counts.merge(new SizeKey(mark.goal().category(), mark.goal().size()), 1, Integer::sum));
        List<GoalStats.DoneCount> result = new ArrayList<>();
        counts.forEach((key, count) -> result.add(new GoalStats.DoneCount(key.category(), key.size(), count)));
        return result;
    }

    private static List<GoalStats.WeekDone> doneByWeek(List<GoalMark> done) {
        Map<LocalDate, Map<SizeKey, Integer>> counts = new TreeMap<>();
        done.forEach(mark -> counts.computeIfAbsent(weekOf(mark.date()), week -> new TreeMap<>())
                .merge(new SizeKey(mark.goal().category(), mark.goal().size()), 1, Integer::sum));
        List<GoalStats.WeekDone> result = new ArrayList<>();
        counts.forEach((week, perSize) -> perSize.forEach((key, count) ->
                result.add(new GoalStats.WeekDone(week, key.category(), key.size(), count))));
        return result;
    }

    private static List<GoalStats.LadderPoint> ladder(List<GoalMark> done) {
        Map<LocalDate, Map<GoalCategory, Integer>> levels = new TreeMap<>();
        done.forEach(mark -> levels.computeIfAbsent(weekOf(mark.date()), week -> new TreeMap<>())
                .merge(mark.goal().category(), mark.goal().size(), Math::max));
        List<GoalStats.LadderPoint> result = new ArrayList<>();
        levels.forEach((week, perCategory) -> perCategory.forEach((category, level) ->
                result.add(new GoalStats.LadderPoint(week, category, level))));
        return result;
    }

    private static Double meanRelief(List<GoalStats.ExperimentGap> experiments) {
        if (experiments.isEmpty()) {
            return null;
        }
        double total = 0;
        for (GoalStats.ExperimentGap gap : experiments) {
            total += gap.relief();
        }
        return total / experiments.size();
    }

    private static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** A category and a size, ordered by category (enum order) then size. */
    private record SizeKey(GoalCategory category, int size) implements Comparable<SizeKey> {
        private static final Comparator<SizeKey> ORDER = Comparator.comparing(SizeKey::category)
                .thenComparingInt(SizeKey::size);

        @Override
        public int compareTo(SizeKey other) {
            return ORDER.compare(this, other);
        }
    }
}
