package app.groundwork.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.GoalIdea;
import app.groundwork.content.GoalIdeas;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalRules;
import app.groundwork.domain.OwnWin;
import app.groundwork.insight.CrisisScreener;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoGoalsTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY = LAST_DAY.minusYears(10);
    private static final ContentLibrary CONTENT = ContentLibrary.loadBundled();
    private static final GoalIdeas IDEAS = CONTENT.goalIdeas();

    private static DemoGoals tenYears;

    @BeforeAll
    static void generateTenYears() {
        tenYears = new DemoJournalGenerator(42).goals(LAST_DAY, 10, IDEAS);
    }

    @Test
    void sameSeedGivesTheSameStepsAndAnotherSeedOthers() {
        DemoJournalGenerator generator = new DemoJournalGenerator(42);
        assertEquals(tenYears, generator.goals(LAST_DAY, 10, IDEAS));
        assertEquals(tenYears, generator.goals(LAST_DAY, 10, IDEAS), "a second run of one generator replays too");
        assertNotEquals(tenYears.outcomes(), new DemoJournalGenerator(43).goals(LAST_DAY, 10, IDEAS).outcomes());
    }

    @Test
    void addingStepsChangedNoCheckIn() {
        DemoJournalGenerator fresh = new DemoJournalGenerator(42);
        List<CheckInContent> before = fresh.generate(LAST_DAY, 10);
        DemoJournalGenerator afterGoals = new DemoJournalGenerator(42);
        afterGoals.goals(LAST_DAY, 10, IDEAS);
        assertEquals(before, afterGoals.generate(LAST_DAY, 10));
    }

    @Test
    void tenYearsHoldAboutSixThousandOutcomesSpreadOverEveryYear() {
        int count = tenYears.outcomes().size();
        assertTrue(count >= 5_000 && count <= 7_000, "outcomes: " + count);
        Map<Long, Long> perYear = tenYears.outcomes().stream().collect(Collectors.groupingBy(
                mark -> ChronoUnit.YEARS.between(FIRST_DAY, mark.date()), Collectors.counting()));
        for (long year = 0; year < 10; year++) {
            long inYear = perYear.getOrDefault(year, 0L);
            assertTrue(inYear >= 250 && inYear <= 1_000, "year " + year + ": " + inYear);
        }
    }

    @Test
    void everyOutcomeIsOfAStepInTheListOnADayWithWritingOncePerDay() {
        Set<LocalDate> written = new DemoJournalGenerator(42).generate(LAST_DAY, 10).stream()
                .map(CheckInContent::date).collect(Collectors.toSet());
        Map<Long, Goal> byId = new HashMap<>();
        for (int i = 0; i < tenYears.goals().size(); i++) {
            Goal goal = tenYears.goals().get(i);
            assertEquals(i + 1, goal.id(), "goals are numbered in the order they were set");
            byId.put(goal.id(), goal);
        }
        Set<String> goalDays = new HashSet<>();
        for (GoalMark mark : tenYears.outcomes()) {
            Goal goal = byId.get(mark.goal().id());
            assertEquals(goal, mark.goal(), "an outcome carries its goal as listed");
            assertTrue(written.contains(mark.date()), "outcomes only on days with check-ins: " + mark.date());
            assertFalse(mark.date().isBefore(goal.createdOn()), "not before the step was set: " + mark);
            assertTrue(goal.endedOn() == null || !mark.date().isAfter(goal.endedOn()), "not after it ended: " + mark);
            assertFalse(mark.date().isAfter(LAST_DAY));
            assertTrue(goalDays.add(goal.id() + "@" + mark.date()), "one outcome per step and day: " + mark);
        }
        for (int i = 1; i < tenYears.goals().size(); i++) {
            assertFalse(tenYears.goals().get(i).createdOn().isBefore(tenYears.goals().get(i - 1).createdOn()));
        }
    }

    @Test
    void everyStepOutcomeAndWinPassesTheGoalRules() {
        for (long seed = 1; seed <= 3; seed++) {
            DemoGoals run = new DemoJournalGenerator(seed).goals(LAST_DAY, seed == 2 ? 1 : 10, IDEAS);
            for (Goal goal : run.goals()) {
                List<FieldProblem> problems = GoalRules.problems(goal.plan());
                assertTrue(problems.isEmpty(), "seed " + seed + ": " + problems + " in " + goal);
            }
            for (GoalMark mark : run.outcomes()) {
                List<FieldProblem> problems = GoalRules.problems(mark.outcome(), mark.note(), mark.result(), mark.goal());
                assertTrue(problems.isEmpty(), "seed " + seed + ": " + problems + " in " + mark);
            }
            for (OwnWin win : run.wins()) {
                assertTrue(GoalRules.winProblems(win.title(), win.note()).isEmpty(), "seed " + seed + ": " + win);
            }
        }
    }

    @Test
    void recurringStepsChangeEveryFewMonthsAndAreLetGoWhenTheyDo() {
        List<Goal> recurring = tenYears.goals().stream().filter(goal -> goal.plan().recurrence().recurring()).toList();
        assertTrue(recurring.size() >= 40 && recurring.size() <= 140, "recurring steps: " + recurring.size());
        Map<Long, List<GoalMark>> marks = marksByGoal();
        for (Goal goal : recurring) {
            List<GoalMark> own = marks.getOrDefault(goal.id(), List.of());
            if (goal.endedOn() == null) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(goal.createdOn(), goal.endedOn());
            assertTrue(days >= 60 && days <= 165, "kept for a few months: " + days + " days, " + goal);
            GoalMark last = own.get(own.size() - 1);
            assertEquals(GoalOutcome.LET_GO, last.outcome(), "a recurring step leaves the list by being let go");
            assertEquals(goal.endedOn(), last.date());
        }
        long open = recurring.stream().filter(Goal::open).count();
        assertTrue(open >= 2 && open <= 3, "two or three recurring steps run on the last day: " + open);
        assertTrue(recurring.stream().anyMatch(goal -> goal.plan().recurrence().daily()));
        assertTrue(recurring.stream().anyMatch(goal -> !goal.plan().recurrence().daily()), "some only on some weekdays");
    }

    @Test
    void oneOffStepsComeFromTheIdeaLibraryAndEndDoneOrLetGo() {
        List<Goal> oneOffs = tenYears.goals().stream()
                .filter(goal -> !goal.plan().recurrence().recurring() && !goal.experiment()).toList();
        assertTrue(oneOffs.size() >= 500, "about two a week: " + oneOffs.size());
        Map<Long, List<GoalMark>> marks = marksByGoal();
        Set<Integer> sizes = new HashSet<>();
        for (Goal goal : oneOffs) {
            assertNotNull(goal.plan().ideaId(), "from the library: " + goal);
            GoalIdea idea = IDEAS.idea(goal.plan().ideaId()).orElseThrow();
            assertEquals(idea.title(), goal.title());
            assertEquals(idea.size(), goal.size());
            sizes.add(goal.size());
            List<GoalMark> own = marks.getOrDefault(goal.id(), List.of());
            if (goal.endedOn() != null) {
                GoalOutcome last = own.get(own.size() - 1).outcome();
                assertTrue(last == GoalOutcome.DONE || last == GoalOutcome.LET_GO, goal + " ended with " + last);
            }
        }
        assertEquals(Set.of(1, 2, 3, 4, 5), sizes);
        long stillOpen = oneOffs.stream().filter(Goal::open).count();
        assertTrue(stillOpen >= 1 && stillOpen <= 8, "a few steps wait on the last day: " + stillOpen);
        Map<GoalOutcome, Long> outcomes = tenYears.outcomes().stream()
                .collect(Collectors.groupingBy(GoalMark::outcome, Collectors.counting()));
        long all = tenYears.outcomes().size();
        assertTrue(outcomes.get(GoalOutcome.DONE) > all / 2, "mostly done: " + outcomes);
        assertTrue(outcomes.get(GoalOutcome.PARTLY) > all / 20, "partly: " + outcomes);
        assertTrue(outcomes.get(GoalOutcome.SKIPPED) > all / 20, "skipped: " + outcomes);
        assertTrue(outcomes.get(GoalOutcome.LET_GO) > 100, "let go: " + outcomes);
    }

    @Test
    void experimentsComeAFewTimesAMonthAndAreMostlyEasierThanFeared() {
        List<GoalMark> closed = tenYears.outcomes().stream().filter(mark -> mark.result() != null).toList();
        long experiments = tenYears.goals().stream().filter(Goal::experiment).count();
        assertTrue(experiments >= 200 && experiments <= 480, "a few a month: " + experiments);
        assertTrue(closed.size() >= experiments * 3 / 4, "most are carried out: " + closed.size());
        long easier = closed.stream().filter(mark -> mark.relief() > 0).count();
        assertTrue(easier >= closed.size() * 3 / 4, "usually less uncomfortable than feared: " + easier + " of " + closed.size());
        assertTrue(easier < closed.size(), "and sometimes not");
        double meanRelief = closed.stream().mapToInt(GoalMark::relief).average().orElseThrow();
        assertTrue(meanRelief >= 10 && meanRelief <= 40, "mean relief: " + meanRelief);
        for (GoalMark mark : closed) {
            int predicted = mark.goal().plan().prediction().discomfort();
            assertTrue(predicted >= 0 && predicted <= 100 && mark.result().discomfort() >= 0 && mark.result().discomfort() <= 100);
            assertTrue(mark.outcome().isWin());
        }
        assertTrue(tenYears.goals().stream().anyMatch(goal -> goal.experiment() && goal.open()),
                "an experiment is still ahead on the last day");
        Map<LocalDate, Long> perMonth = tenYears.goals().stream().filter(Goal::experiment)
                .collect(Collectors.groupingBy(goal -> goal.createdOn().withDayOfMonth(1), Collectors.counting()));
        assertTrue(perMonth.size() >= 100, "in most months: " + perMonth.size());
    }

    @Test
    void aHandfulOfWinsAreWrittenInByHand() {
        List<OwnWin> wins = tenYears.wins();
        assertTrue(wins.size() >= 15 && wins.size() <= 70, "own wins: " + wins.size());
        for (OwnWin win : wins) {
            assertFalse(win.date().isBefore(FIRST_DAY) || win.date().isAfter(LAST_DAY), win.toString());
            assertEquals(0, win.id());
        }
        assertTrue(wins.stream().anyMatch(win -> !win.note().isEmpty()));
    }

    @Test
    void nothingInTheStepsSetsOffTheCrisisScreening() {
        CrisisScreener screener = new CrisisScreener(CONTENT.crisisLexicon());
        Set<String> texts = new HashSet<>();
        tenYears.goals().forEach(goal -> {
            texts.add(goal.title());
            texts.add(goal.plan().note());
            if (goal.experiment()) {
                texts.add(goal.plan().prediction().fear());
            }
        });
        tenYears.outcomes().forEach(mark -> {
            texts.add(mark.note());
            if (mark.result() != null) {
                texts.add(mark.result().happened());
                texts.add(mark.result().learned());
            }
        });
        tenYears.wins().forEach(win -> {
            texts.add(win.title());
            texts.add(win.note());
        });
        for (String text : texts) {
            assertFalse(screener.screen(text).flagged(), text);
        }
        assertTrue(texts.size() > 300, "the phrase pools are all in use: " + texts.size());
    }

    @Test
    void oneYearWorksAndTooFewYearsAreRefused() {
        DemoGoals year = new DemoJournalGenerator(9).goals(LAST_DAY, 1, IDEAS);
        assertTrue(year.outcomes().size() >= 200, "outcomes in one year: " + year.outcomes().size());
        assertTrue(year.goals().stream().anyMatch(Goal::open));
        assertThrows(IllegalArgumentException.class, () -> new DemoJournalGenerator(9).goals(LAST_DAY, 0, IDEAS));
        Goal first = year.goals().get(0);
        assertTrue(first.plan().recurrence().recurring() && first.size() == 1, "the first step is tiny and comes round: " + first);
        assertNull(first.plan().due());
    }

    private static Map<Long, List<GoalMark>> marksByGoal() {
        Map<Long, List<GoalMark>> marks = new HashMap<>();
        for (GoalMark mark : tenYears.outcomes()) {
            marks.computeIfAbsent(mark.goal().id(), id -> new ArrayList<>()).add(mark);
        }
        return marks;
    }
}
