package app.groundwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the steps of a date range add up to. Weeks start on Monday and are named by that Monday.
 *
 * @param done        steps marked done, counted by category and size (only pairs with at least one)
 * @param doneByWeek  the same per week
 * @param ladder      per category and week with a done step, the largest size done that week
 * @param experiments every experiment carried out in the range with its before and after, oldest first
 * @param winsByWeek  wins per week for every week the range touches, weeks without wins included
 * @param wins        all wins in the range: steps done or partly done, experiments, hand-written wins
 * @param meanRelief  over the experiments, how many points less uncomfortable than feared they were on average;
 *                    {@code null} when there were none
 */
public record GoalStats(LocalDate from, LocalDate to, List<DoneCount> done, List<WeekDone> doneByWeek,
                        List<LadderPoint> ladder, List<ExperimentGap> experiments, List<WeekCount> winsByWeek, int wins,
                        Double meanRelief) {
    public GoalStats {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        done = List.copyOf(done);
        doneByWeek = List.copyOf(doneByWeek);
        ladder = List.copyOf(ladder);
        experiments = List.copyOf(experiments);
        winsByWeek = List.copyOf(winsByWeek);
    }

    /** Steps of one category and size marked done. */
    public record DoneCount(GoalCategory category, int size, int count) {
    }

    /** Steps of one category and size marked done in the week starting {@code week}. */
    public record WeekDone(LocalDate week, GoalCategory category, int size, int count) {
    }

    /** The largest step done in a category in the week starting {@code week}. */
    public record LadderPoint(LocalDate week, GoalCategory category, int level) {
    }

    /** One experiment: the discomfort feared before and felt after, 0–100. */
    public record ExperimentGap(long entryId, LocalDate date, String title, int predicted, int actual) {
        /** Points less uncomfortable than feared; negative when it was harder. */
        public int relief() {
            return predicted - actual;
        }
    }

    /** A count for the week starting {@code week}. */
    public record WeekCount(LocalDate week, int count) {
    }
}
