package app.groundwork.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;

/**
 * One week looked back on: how mood and self-trust compare with the week before, the wins, the thoughts reframed and
 * what changed in them, the steps done by part of life, a question to reflect on and the answer, if one was saved.
 * Weeks run Monday to Sunday in the person's local days, as everywhere else in the app, and are named by their Monday.
 *
 * @param weekStart the Monday of the week
 * @param thisWeek  the week's check-in figures
 * @param lastWeek  the figures of the week before, to compare with
 * @param wins      the week's wins, newest first
 * @param reframes  thought records begun this week and finished, oldest first
 * @param done      steps marked done this week per category, in category order; categories without any left out
 * @param question  the question of the week, or the one the saved answer answers
 * @param answer    the saved answer; {@code null} when there is none yet
 */
public record WeeklyReview(LocalDate weekStart, WeekFigures thisWeek, WeekFigures lastWeek, List<Win> wins,
                           List<Reframed> reframes, List<CategoryDone> done, ReflectionQuestion question,
                           PracticeResponse answer) {
    /** How many days a week has. */
    public static final int DAYS = 7;

    public WeeklyReview {
        Objects.requireNonNull(weekStart, "weekStart");
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday: " + weekStart);
        }
        Objects.requireNonNull(thisWeek, "thisWeek");
        Objects.requireNonNull(lastWeek, "lastWeek");
        wins = List.copyOf(wins);
        reframes = List.copyOf(reframes);
        done = List.copyOf(done);
        Objects.requireNonNull(question, "question");
    }

    /** The Monday of the week {@code day} falls in. */
    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Sunday that ends the week. */
    public LocalDate weekEnd() {
        return weekStart.plusDays(DAYS - 1L);
    }

    public DateRange range() {
        return DateRange.of(weekStart, weekEnd());
    }

    /** The saved answer's words; empty when there is none. */
    public String answerText() {
        return answer == null ? "" : answer.answerText();
    }

    /** Whether the week holds nothing to look back on: no check-in, win, reframe, step done or answer. */
    public boolean empty() {
        return thisWeek.checkInDays() == 0 && wins.isEmpty() && reframes.isEmpty() && done.isEmpty() && answer == null;
    }

    /**
     * A week's check-ins in two numbers. Each day counts once: a day's check-ins are averaged first, so a day with
     * three check-ins weighs the same as a day with one.
     *
     * @param meanMood      the mean of the daily mean moods (1–10); {@code null} without check-ins
     * @param meanSelfTrust the mean of the daily mean self-trust (0–10); {@code null} when none was given
     * @param checkInDays   how many days had a check-in
     */
    public record WeekFigures(Double meanMood, Double meanSelfTrust, int checkInDays) {
        public static final WeekFigures NONE = new WeekFigures(null, null, 0);

        public WeekFigures {
            if (checkInDays < 0) {
                throw new IllegalArgumentException("checkInDays " + checkInDays);
            }
        }

        /**
         * The figures of a week from its days: {@code days} as the calendar gives them (days without a check-in have no
         * mean mood) and {@code selfTrust} each day's mean self-trust, days where it was given.
         */
        public static WeekFigures of(List<DaySummary> days, List<DayValue> selfTrust) {
            List<Double> moods = days.stream().map(DaySummary::meanMood).filter(Objects::nonNull).toList();
            List<Double> trust = selfTrust.stream().map(DayValue::value).toList();
            return new WeekFigures(mean(moods), mean(trust), moods.size());
        }

        private static Double mean(List<Double> values) {
            if (values.isEmpty()) {
                return null;
            }
            double sum = 0;
            for (double value : values) {
                sum += value;
            }
            return sum / values.size();
        }
    }

    /**
     * A thought record of the week and what changed in it.
     *
     * @param beliefBefore how much the thought was believed at the start (0–100); {@code null} when not rated
     * @param beliefAfter  how much at the end; {@code null} when not rated
     */
    public record Reframed(long id, LocalDate date, String thought, String alternative, Integer beliefBefore,
                           Integer beliefAfter) {
        public Reframed {
            Objects.requireNonNull(date, "date");
            thought = thought == null ? "" : thought;
            alternative = alternative == null ? "" : alternative;
        }

        /** How many points less the thought was believed at the end; {@code null} unless both were rated. */
        public Integer drop() {
            return beliefBefore == null || beliefAfter == null ? null : beliefBefore - beliefAfter;
        }
    }

    /** How many steps of one category were marked done in the week. */
    public record CategoryDone(GoalCategory category, int count) {
        public CategoryDone {
            Objects.requireNonNull(category, "category");
        }
    }
}
