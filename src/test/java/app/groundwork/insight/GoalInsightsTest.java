package app.groundwork.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.GoalStats.DoneCount;
import app.groundwork.domain.GoalStats.ExperimentGap;
import app.groundwork.domain.GoalStats.LadderPoint;
import app.groundwork.domain.GoalStats.WeekCount;
import app.groundwork.domain.GoalStats.WeekDone;
import app.groundwork.domain.OwnWin;
import app.groundwork.domain.Prediction;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalInsightsTest {
    private static final double EXACT = 1e-9;
    /** Three weeks across the turn of the year: Monday 22 December 2025 to Sunday 11 January 2026. */
    private static final LocalDate DEC_22 = LocalDate.of(2025, 12, 22);
    private static final LocalDate DEC_29 = LocalDate.of(2025, 12, 29);
    private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
    private static final LocalDate JAN_11 = LocalDate.of(2026, 1, 11);

    private static final List<GoalMark> AROUND_NEW_YEAR = List.of(
            step(9, LocalDate.of(2026, 1, 11), GoalCategory.SOCIAL, 1, GoalOutcome.DONE),
            step(4, LocalDate.of(2026, 1, 2), GoalCategory.SOCIAL, 2, GoalOutcome.DONE),
            step(1, DEC_22, GoalCategory.SOCIAL, 2, GoalOutcome.DONE),
            step(2, LocalDate.of(2025, 12, 24), GoalCategory.SOCIAL, 3, GoalOutcome.DONE),
            step(3, LocalDate.of(2025, 12, 30), GoalCategory.SOCIAL, 2, GoalOutcome.DONE),
            step(5, LocalDate.of(2026, 1, 1), GoalCategory.MOVEMENT, 1, GoalOutcome.DONE),
            step(6, LocalDate.of(2026, 1, 3), GoalCategory.SELF_CARE, 1, GoalOutcome.PARTLY),
            step(7, LocalDate.of(2025, 12, 31), GoalCategory.STUDY, 2, GoalOutcome.SKIPPED),
            step(8, LocalDate.of(2026, 1, 7), GoalCategory.MOVEMENT, 2, GoalOutcome.DONE),
            step(10, LocalDate.of(2025, 12, 21), GoalCategory.SOCIAL, 5, GoalOutcome.DONE),
            step(11, LocalDate.of(2026, 1, 12), GoalCategory.SOCIAL, 5, GoalOutcome.DONE));

    private static Goal goal(long id, GoalPlan plan) {
        return new Goal(id, plan, LocalDate.of(2025, 11, 1), null);
    }

    private static GoalMark step(long entryId, LocalDate date, GoalCategory category, int size, GoalOutcome outcome) {
        Goal goal = goal(entryId, GoalPlan.of("Step " + entryId, category, size));
        return new GoalMark(entryId, goal, date, LocalTime.of(20, 15), outcome, "", null);
    }

    private static GoalMark experiment(long entryId, LocalDate date, int predicted, GoalOutcome outcome,
                                       Integer actual) {
        GoalPlan plan = GoalPlan.of("Experiment " + entryId, GoalCategory.SOCIAL, 3)
                .withPrediction(new Prediction("They will not want to hear from me", predicted));
        ExperimentResult result = actual == null ? null : new ExperimentResult("It went fine", actual, "Worth trying");
        return new GoalMark(entryId, goal(entryId, plan), date, LocalTime.of(12, 0), outcome, "", result);
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    @Test
    void doneStepsAreCountedByCategoryAndSize() {
        GoalStats stats = GoalInsights.summarize(AROUND_NEW_YEAR, List.of(), DEC_22, JAN_11);

        assertEquals(List.of(new DoneCount(GoalCategory.MOVEMENT, 1, 1), new DoneCount(GoalCategory.MOVEMENT, 2, 1),
                new DoneCount(GoalCategory.SOCIAL, 1, 1), new DoneCount(GoalCategory.SOCIAL, 2, 3),
                new DoneCount(GoalCategory.SOCIAL, 3, 1)), stats.done());
    }

    @Test
    void doneStepsPerWeekKeepTheWeekThatCrossesTheNewYearWhole() {
        GoalStats stats = GoalInsights.summarize(AROUND_NEW_YEAR, List.of(), DEC_22, JAN_11);

        assertEquals(List.of(
                new WeekDone(DEC_22, GoalCategory.SOCIAL, 2, 1),
                new WeekDone(DEC_22, GoalCategory.SOCIAL, 3, 1),
                new WeekDone(DEC_29, GoalCategory.MOVEMENT, 1, 1),
                new WeekDone(DEC_29, GoalCategory.SOCIAL, 2, 2),
                new WeekDone(JAN_5, GoalCategory.MOVEMENT, 2, 1),
                new WeekDone(JAN_5, GoalCategory.SOCIAL, 1, 1)), stats.doneByWeek());
    }

    @Test
    void theLadderShowsTheLargestStepDoneEachWeekPerCategory() {
        GoalStats stats = GoalInsights.summarize(AROUND_NEW_YEAR, List.of(), DEC_22, JAN_11);

        assertEquals(List.of(
                new LadderPoint(DEC_22, GoalCategory.SOCIAL, 3),
                new LadderPoint(DEC_29, GoalCategory.MOVEMENT, 1),
                new LadderPoint(DEC_29, GoalCategory.SOCIAL, 2),
                new LadderPoint(JAN_5, GoalCategory.MOVEMENT, 2),
                new LadderPoint(JAN_5, GoalCategory.SOCIAL, 1)), stats.ladder());
    }

    @Test
    void winsAreDoneAndPartlyDoneStepsPerWeek() {
        GoalStats stats = GoalInsights.summarize(AROUND_NEW_YEAR, List.of(), DEC_22, JAN_11);

        assertEquals(List.of(new WeekCount(DEC_22, 2), new WeekCount(DEC_29, 4), new WeekCount(JAN_5, 2)),
                stats.winsByWeek());
        assertEquals(8, stats.wins());
    }

    @Test
    void experimentsCompareFearWithWhatHappenedOldestFirst() {
        List<GoalMark> marks = List.of(
                experiment(21, march(10), 70, GoalOutcome.DONE, 40),
                experiment(20, march(3), 60, GoalOutcome.PARTLY, 50),
                experiment(22, march(5), 80, GoalOutcome.DONE, null),
                experiment(23, march(6), 90, GoalOutcome.LET_GO, null),
                experiment(25, march(8), 50, GoalOutcome.SKIPPED, 10),
                step(24, march(7), GoalCategory.SOCIAL, 3, GoalOutcome.DONE));

        GoalStats stats = GoalInsights.summarize(marks, List.of(), march(1), march(31));

        assertEquals(List.of(new ExperimentGap(20, march(3), "Experiment 20", 60, 50),
                new ExperimentGap(21, march(10), "Experiment 21", 70, 40)), stats.experiments());
        assertEquals(20.0, stats.meanRelief(), EXACT);
    }

    @Test
    void experimentsOnOneDayFollowTheOrderTheyWereWritten() {
        List<GoalMark> marks = List.of(
                experiment(31, march(4), 50, GoalOutcome.DONE, 65),
                experiment(30, march(4), 40, GoalOutcome.DONE, 20));

        GoalStats stats = GoalInsights.summarize(marks, List.of(), march(4), march(4));

        assertEquals(List.of(30L, 31L), stats.experiments().stream().map(ExperimentGap::entryId).toList());
        // 20 points of relief and 15 points harder than feared
        assertEquals(2.5, stats.meanRelief(), EXACT);
    }

    @Test
    void everyWeekIsListedWithItsWinsEvenWhenThereAreNone() {
        List<GoalMark> marks = List.of(
                step(1, march(3), GoalCategory.WORK, 2, GoalOutcome.DONE),
                step(2, march(4), GoalCategory.WORK, 2, GoalOutcome.PARTLY),
                step(3, march(5), GoalCategory.WORK, 2, GoalOutcome.SKIPPED),
                step(4, march(6), GoalCategory.WORK, 2, GoalOutcome.LET_GO),
                step(5, march(18), GoalCategory.JOY, 1, GoalOutcome.SKIPPED));
        List<OwnWin> ownWins = List.of(new OwnWin(1, march(25), "Called my sister", ""),
                new OwnWin(2, march(4), "Cooked a real dinner", ""));

        GoalStats stats = GoalInsights.summarize(marks, ownWins, march(2), march(29));

        assertEquals(List.of(new WeekCount(march(2), 3), new WeekCount(march(9), 0), new WeekCount(march(16), 0),
                new WeekCount(march(23), 1)), stats.winsByWeek());
        assertEquals(4, stats.wins());
    }

    @Test
    void theRangeIncludesBothEndsAndNothingBeyond() {
        List<GoalMark> marks = List.of(
                step(1, march(3), GoalCategory.STUDY, 1, GoalOutcome.DONE),
                step(2, march(4), GoalCategory.STUDY, 1, GoalOutcome.DONE),
                step(3, march(10), GoalCategory.STUDY, 2, GoalOutcome.DONE),
                step(4, march(11), GoalCategory.STUDY, 3, GoalOutcome.DONE));
        List<OwnWin> ownWins = List.of(new OwnWin(1, march(3), "Went outside", ""),
                new OwnWin(2, march(10), "Answered an email", ""));

        // Wednesday 4 March to Tuesday 10 March
        GoalStats stats = GoalInsights.summarize(marks, ownWins, march(4), march(10));

        assertEquals(List.of(new DoneCount(GoalCategory.STUDY, 1, 1), new DoneCount(GoalCategory.STUDY, 2, 1)),
                stats.done());
        assertEquals(List.of(new WeekCount(march(2), 1), new WeekCount(march(9), 2)), stats.winsByWeek());
        assertEquals(3, stats.wins());
        assertEquals(march(4), stats.from());
        assertEquals(march(10), stats.to());
    }

    @Test
    void nothingWrittenStillListsTheWeeksWithNoWins() {
        GoalStats stats = GoalInsights.summarize(List.of(), List.of(), march(4), march(17));

        assertEquals(List.of(new WeekCount(march(2), 0), new WeekCount(march(9), 0), new WeekCount(march(16), 0)),
                stats.winsByWeek());
        assertEquals(0, stats.wins());
        assertEquals(List.of(), stats.done());
        assertEquals(List.of(), stats.doneByWeek());
        assertEquals(List.of(), stats.ladder());
        assertEquals(List.of(), stats.experiments());
        assertNull(stats.meanRelief());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> GoalInsights.summarize(List.of(), List.of(), march(10), march(9)));
    }
}
