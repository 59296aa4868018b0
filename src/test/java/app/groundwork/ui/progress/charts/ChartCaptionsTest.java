package app.groundwork.ui.progress.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.Messages;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.Bucket;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.NamedCount;
import app.groundwork.domain.PeriodCount;
import app.groundwork.domain.ReframeStats;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.domain.SelfTalkPoint;
import app.groundwork.domain.TrapStats;
import app.groundwork.insight.ProgressInsights;
import app.groundwork.ui.progress.ProgressChart.ChartWords;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** The captions say what the figures say, with real numbers, and stay blank (with a kind summary) for no data. */
class ChartCaptionsTest {
    private static final LocalDate DAY_ONE = LocalDate.of(2026, 1, 5);

    /** One rating a day from {@link #DAY_ONE} for {@code days} days. */
    private static List<DayValue> daily(int days, IntUnaryOperator moodOnDay) {
        List<DayValue> values = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            values.add(new DayValue(DAY_ONE.plusDays(day - 1), moodOnDay.applyAsInt(day)));
        }
        return values;
    }

    private static DateRange range(int days) {
        return DateRange.of(DAY_ONE, DAY_ONE.plusDays(days - 1));
    }

    private static ChartWords mood(int days, IntUnaryOperator moodOnDay) {
        List<DayValue> values = daily(days, moodOnDay);
        return ChartCaptions.daily("progress.chart.mood.name", "progress.chart.mood.empty", range(days), values,
                ProgressInsights.rolling(values, range(days)));
    }

    @Test
    void aSteadyMonthWithOneLowWeekHasOneDipThatLifted() {
        // 6 every day but days 11–16 at 2: the mean is 5.2 and the 7-day mean sits at 4.2 or below on days 14–19
        ChartWords words = mood(30, day -> day >= 11 && day <= 16 ? 2 : 6);

        assertEquals("Mood stayed near 6.0 over these days. It dipped a point or more below this range’s average of "
                + "5.2 once, for 6 days. Each dip lifted again.", words.caption());
        assertTrue(words.summary().startsWith(words.caption() + " Mood from "));
        assertTrue(words.summary().endsWith("30 days with a rating, lowest 2.0, highest 6.0, average 5.2."),
                words.summary());
    }

    @Test
    void twoDipsOverTwoMonthsTheLastStillGoingAreCountedWithoutSayingTheyLifted() {
        // 7 but for days 11–15 and 55–60 at 3: mean 6.27; low 7-day means on days 14–18 and 58–60
        List<DayValue> values = daily(60, day -> (day >= 11 && day <= 15) || day >= 55 ? 3 : 7);
        List<DayValue> rolling = ProgressInsights.rolling(values, range(60));

        assertEquals(new ChartCaptions.Dips(2, 5, false), ChartCaptions.dips(values, rolling));
        assertEquals(new ChartCaptions.Trend(7.0, 25.0 / 7), ChartCaptions.trend(rolling).orElseThrow());
        assertEquals("Mood went from 7.0 to 3.6 over these weeks. It dipped a point or more below this range’s "
                + "average of 6.3 2 times; the longest dip lasted 5 days.",
                mood(60, day -> (day >= 11 && day <= 15) || day >= 55 ? 3 : 7).caption());
    }

    @Test
    void aRiseIsReadFromTheFirstWeeksMeanToTheLast() {
        // 4 in the first week, 5 in the second, 6 after: from 4.0 to 6.0; the first eight days sit low
        ChartWords words = mood(28, day -> day <= 7 ? 4 : day <= 14 ? 5 : 6);

        assertTrue(words.caption().startsWith("Mood rose from 4.0 to 6.0 over these days. It dipped a point or more "
                + "below this range’s average of 5.3 once, for 8 days."), words.caption());
    }

    @Test
    void aSmallMoveIsSaidToHoldFairlySteadyWithItsNumbers() {
        // 6 for three weeks, then 7 on the last two days: the last 7-day mean is 44/7, 6.3
        ChartWords words = mood(23, day -> day >= 22 ? 7 : 6);

        assertTrue(words.caption().startsWith("Mood held fairly steady over these days, from 6.0 to 6.3."),
                words.caption());
    }

    @Test
    void lessThanAWeekOfRatingsIsAnAverageWithoutATrendOrDips() {
        ChartWords words = mood(3, day -> day + 3);

        assertEquals("Mood averaged 5.0 over 3 days with a rating.", words.caption());
        assertTrue(ChartCaptions.trend(ProgressInsights.rolling(daily(3, day -> day), range(3))).isEmpty());
    }

    @Test
    void noRatingsLeaveTheCaptionBlankAndSayWhyInTheSummary() {
        ChartWords mood = ChartCaptions.daily("progress.chart.mood.name", "progress.chart.mood.empty", range(30),
                List.of(), List.of());
        assertEquals("", mood.caption());
        assertEquals(Messages.get("progress.chart.mood.empty"), mood.summary());
        assertEquals(new ChartCaptions.Dips(0, 0, true), ChartCaptions.dips(List.of(), List.of()));

        assertEquals("", ChartCaptions.emotions(List.of(), count -> count.id()).caption());
        assertEquals("", ChartCaptions.traps(List.of(), Bucket.WEEK, key -> key).caption());
        assertEquals("", ChartCaptions.selfTalk(range(30), List.of()).caption());
        assertEquals("", ChartCaptions.assessments(Map.of()).caption());
        assertEquals("", ChartCaptions.pixels(List.of()).caption());
        GoalStats noGoals = new GoalStats(DAY_ONE, DAY_ONE, List.of(), List.of(), List.of(), List.of(), List.of(), 0, null);
        assertEquals("", ChartCaptions.goals(noGoals, Map.of(), Bucket.WEEK, GoalCategory::id, String::valueOf).caption());
        assertEquals("", ChartCaptions.experiments(noGoals, false, Bucket.WEEK).caption());
        ReframeStats none = new ReframeStats(DAY_ONE, DAY_ONE, 0, OptionalDouble.empty(), OptionalDouble.empty(), List.of());
        assertEquals(Messages.get("progress.chart.reframe.empty"),
                ChartCaptions.reframes(none, TrapStats::trap, false, Bucket.WEEK).summary());
    }

    @Test
    void selfTalkSaysWhichThereWereMoreOfEitherWay() {
        DateRange half = DateRange.of(DAY_ONE, DAY_ONE.plusDays(150));
        assertEquals("More kind than critical words in your notes over these weeks: 9 kind, 4 critical.",
                ChartCaptions.selfTalk(half, List.of(new SelfTalkPoint(DAY_ONE, 3, 4, 6),
                        new SelfTalkPoint(DAY_ONE.plusWeeks(1), 1, 5, 5))).caption());
        String harsher = ChartCaptions.selfTalk(range(20), List.of(new SelfTalkPoint(DAY_ONE, 7, 2, 6))).caption();
        assertTrue(harsher.startsWith("More critical than kind words in your notes over these days: 7 critical, 2 kind."),
                harsher);
        assertFalse(harsher.toLowerCase().contains("should"), "no scolding");
        assertEquals("As many kind as critical words in your notes over these days: 3 of each.",
                ChartCaptions.selfTalk(range(20), List.of(new SelfTalkPoint(DAY_ONE, 3, 3, 2))).caption());
        ChartWords quiet = ChartCaptions.selfTalk(range(20), List.of(new SelfTalkPoint(DAY_ONE, 0, 0, 4)));
        assertEquals("Your notes over these days held no phrases the meter counts as kind or critical.", quiet.caption());
        assertTrue(quiet.summary().endsWith("Counted in 4 notes."));
    }

    @Test
    void feelingsNameTheMostFrequentWithItsStrengthAndListTheTopEight() {
        List<NamedCount> counts = new ArrayList<>();
        counts.add(new NamedCount("anxious", false, 12, 64.4));
        counts.add(new NamedCount("wobbly but here", true, 5, 40.0));
        for (int i = 0; i < 8; i++) {
            counts.add(new NamedCount("feeling-" + i, false, 1, 20.0));
        }
        ChartWords words = ChartCaptions.emotions(counts, count -> count.custom() ? count.id() : "F:" + count.id());

        assertEquals("“F:anxious” was named most often, 12 times, at an average strength of 64 out of 100. "
                + "10 different feelings named in this range.", words.caption());
        assertTrue(words.summary().contains("wobbly but here: 5 times, average strength 40 out of 100."));
        assertTrue(words.summary().contains("F:feeling-5: once"));
        assertFalse(words.summary().contains("feeling-6"), "only the top eight are read out");

        ChartWords body = ChartCaptions.bodySignals(List.of(new NamedCount("tight-chest", false, 1, null)),
                count -> "Tight chest");
        assertEquals("“Tight chest” was noticed most often, once. One body signal marked in this range.", body.caption());
    }

    @Test
    void trapsAreTotalledOverThePeriods() {
        LocalDate week2 = DAY_ONE.plusWeeks(1);
        List<PeriodCount> traps = List.of(new PeriodCount(DAY_ONE, "labeling", 2), new PeriodCount(DAY_ONE, "comparing", 3),
                new PeriodCount(week2, "labeling", 4), new PeriodCount(week2, "my own trap", 1));
        ChartWords words = ChartCaptions.traps(traps, Bucket.WEEK, key -> key.equals("labeling") ? "Labels" : key);

        assertEquals("“Labels” was the trap you spotted most often: 6 of the 10 you named.", words.caption());
        assertTrue(words.summary().endsWith("The lines count the most frequent per week: “Labels” 6 times, "
                + "“comparing” 3 times, “my own trap” once."), words.summary());
        assertEquals(List.of(new DayValue(DAY_ONE, 2), new DayValue(week2, 4), new DayValue(week2.plusWeeks(1), 0)),
                ChartFigures.line(traps, "labeling", DateRange.of(DAY_ONE, DAY_ONE.plusDays(20)), Bucket.WEEK));
    }

    @Test
    void reframesSayHowMuchBeliefAndFeelingsEasedAndWhereMost() {
        ReframeStats stats = new ReframeStats(DAY_ONE, DAY_ONE.plusDays(60), 7, OptionalDouble.of(18.25),
                OptionalDouble.of(-2.0), List.of(
                new TrapStats("labeling", false, 4, OptionalDouble.of(10), OptionalDouble.of(12.5)),
                new TrapStats("mind-reading", false, 2, OptionalDouble.of(30), OptionalDouble.of(31.0)),
                new TrapStats("comparing", false, 1, OptionalDouble.empty(), OptionalDouble.of(-40))));
        ChartWords words = ChartCaptions.reframes(stats, TrapStats::trap, true, Bucket.MONTH);

        assertEquals("7 thought records finished in this range. On average, belief in the old thought grew by 2.0 "
                + "points. On average, the feelings eased by 18.3 points. Belief eased most with “mind-reading”: 31.0 "
                + "points on average.", words.caption());
        assertTrue(words.summary().contains("comparing: belief grew by 40.0 points over one record."), words.summary());
        assertTrue(words.summary().endsWith("each point is the average of a month."), words.summary());
    }

    @Test
    void goalsNameTheBusiestCategoryAndTheLadderClimb() {
        LocalDate monday = DAY_ONE;
        GoalStats goals = new GoalStats(monday, monday.plusDays(90),
                List.of(new GoalStats.DoneCount(GoalCategory.SOCIAL, 1, 3), new GoalStats.DoneCount(GoalCategory.SOCIAL, 3, 2),
                        new GoalStats.DoneCount(GoalCategory.MOVEMENT, 2, 4)),
                List.of(),
                List.of(new GoalStats.LadderPoint(monday, GoalCategory.SOCIAL, 1),
                        new GoalStats.LadderPoint(monday.plusWeeks(1), GoalCategory.SOCIAL, 2),
                        new GoalStats.LadderPoint(monday.plusWeeks(5), GoalCategory.SOCIAL, 3),
                        new GoalStats.LadderPoint(monday.plusWeeks(2), GoalCategory.MOVEMENT, 2),
                        new GoalStats.LadderPoint(monday.plusWeeks(6), GoalCategory.MOVEMENT, 2)),
                List.of(), List.of(), 9, null);
        Map<GoalCategory, List<DayValue>> ladder = ChartFigures.ladder(goals.ladder(), Bucket.MONTH);
        assertEquals(List.of(new DayValue(LocalDate.of(2026, 1, 1), 2), new DayValue(LocalDate.of(2026, 2, 1), 3)),
                ladder.get(GoalCategory.SOCIAL), "the largest size of the month's weeks");

        ChartWords words = ChartCaptions.goals(goals, ladder, Bucket.MONTH, GoalCategory::id, size -> "size " + size);
        assertEquals("9 steps done in this range, the most in “social” (5). In “social” the steps grew from size 2 to "
                + "size 3.", words.caption());
        assertTrue(words.summary().contains("movement: 4 done. social: 5 done.") || words.summary().contains(
                "social: 5 done. movement: 4 done."), words.summary());
        assertTrue(words.summary().contains("size 1: 3 done. size 2: 4 done. size 3: 2 done."), words.summary());
    }

    @Test
    void experimentsSayEasierOrHarderThanFearedPlainly() {
        List<GoalStats.ExperimentGap> gaps = List.of(new GoalStats.ExperimentGap(1, DAY_ONE, "Call", 80, 45),
                new GoalStats.ExperimentGap(2, DAY_ONE.plusDays(3), "Ask", 60, 70));
        GoalStats easier = new GoalStats(DAY_ONE, DAY_ONE.plusDays(30), List.of(), List.of(), List.of(), gaps, List.of(),
                2, 12.5);
        ChartWords words = ChartCaptions.experiments(easier, false, Bucket.DAY);
        assertEquals("2 experiments carried out. On average they felt 12.5 points easier than feared.", words.caption());
        assertTrue(words.summary().endsWith("Feared on average 70.0 out of 100, felt 57.5."), words.summary());

        GoalStats harder = new GoalStats(DAY_ONE, DAY_ONE.plusDays(30), List.of(), List.of(), List.of(),
                gaps.subList(1, 2), List.of(), 1, -10.0);
        assertEquals("One experiment carried out. On average they felt 10.0 points harder than feared, and you went "
                + "ahead with each one.", ChartCaptions.experiments(harder, false, Bucket.DAY).caption());
    }

    @Test
    void assessmentsCountMeaningfulChangesWithoutCallingADirectionBetter() {
        List<ResultChange> who5 = ResultChange.mark(List.of(
                who5(1, DAY_ONE, 2, 2, 2, 2, 2),
                who5(2, DAY_ONE.plusDays(14), 2, 2, 2, 2, 3),
                who5(3, DAY_ONE.plusDays(28), 4, 4, 3, 3, 3)));
        String text = ChartCaptions.assessment(Instrument.WHO5, who5);

        assertTrue(text.startsWith("WHO-5: 3 results in this range, the latest 68 of 100 on "), text);
        assertTrue(text.endsWith("One change reached the size counted as meaningful; it is ringed."), text);
        assertTrue(ChartCaptions.assessmentPoint(who5.get(2)).endsWith(
                "Moved 24 points from the result before, enough to count as meaningful."));
        assertEquals("One self-assessment has results in this range: WHO-5 (3 results).",
                ChartCaptions.assessments(Map.of(Instrument.WHO5, who5)).caption());
    }

    private static SavedAssessment who5(long id, LocalDate date, Integer... answers) {
        return new SavedAssessment(id, date, LocalTime.NOON, AssessmentScoring.score(Instrument.WHO5, List.of(answers)));
    }

    @Test
    void aYearOfPixelsCountsItsDaysAndTheirMean() {
        List<DayValue> mood = List.of(new DayValue(LocalDate.of(2025, 12, 30), 3), new DayValue(LocalDate.of(2026, 1, 2), 5),
                new DayValue(LocalDate.of(2026, 1, 3), 8));

        assertEquals("Check-ins on 2 days of 2026, with mood averaging 6.5.", ChartCaptions.pixelYear(2026, mood));
        assertEquals("No check-ins in 2024 within this range.", ChartCaptions.pixelYear(2024, mood));
        assertTrue(ChartCaptions.pixelMonths(2025, mood).endsWith("December: one day, mood 3.0."));
        assertEquals("pixel-7", YearInPixelsChart.pixelClass(6.5));
        assertEquals("pixel-1", YearInPixelsChart.pixelClass(0.4));
        assertEquals("pixel-none", YearInPixelsChart.pixelClass(null));
    }
}
