package app.groundwork.service;

import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.DueGoal;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.LadderOffer;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.Recurrence;
import app.groundwork.domain.Saved;
import app.groundwork.domain.Win;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalServiceTest {
    private static final GoalPlan WALK = GoalPlan.of("Walk to the end of the street", GoalCategory.MOVEMENT, 1);

    @TempDir
    Path dataDir;
    private JournalSession session;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Opens the same journal again as if the computer's clock read {@code instant} in {@code zone}. */
    private void reopenAt(String instant, String zone) {
        session.close();
        session = JournalFixture.openSession(dataDir, Clock.fixed(Instant.parse(instant), ZoneId.of(zone)));
    }

    private Goal add(GoalPlan plan) {
        return session.goals().add(plan).join().entry();
    }

    private GoalMark mark(Goal goal, GoalOutcome outcome) {
        return session.goals().mark(goal.id(), outcome).join().orElseThrow().entry();
    }

    private static List<FieldProblem> problems(CompletionException thrown) {
        return assertInstanceOf(InvalidEntryException.class, thrown.getCause()).problems();
    }

    @Test
    void aOneOffStepIsOnTodaysListUntilItIsDoneAndThenItIsAWin() {
        Goal walk = add(WALK.withNote("Just to the corner and back."));
        assertEquals(TODAY, walk.createdOn());
        assertEquals(List.of(new DueGoal(walk, null)), session.goals().dueToday().join());

        GoalMark done = mark(walk, GoalOutcome.DONE);

        assertEquals(GoalOutcome.DONE, done.outcome());
        assertEquals(TODAY, done.date());
        List<DueGoal> today = session.goals().dueToday().join();
        assertEquals(1, today.size(), "still shown today, with its outcome");
        assertEquals(GoalOutcome.DONE, today.get(0).mark().outcome());
        assertEquals(List.of(), session.goals().open().join(), "a one-off step done leaves the list");
        assertEquals(List.of(new Win(Win.Kind.STEP, done.entryId(), TODAY, WALK.title(), GoalCategory.MOVEMENT, 1, "", null)),
                session.goals().allWins().join());
        assertEquals(1, session.goals().winsThisWeek().join());
    }

    @Test
    void anOutcomeIsAJournalEntryFoundByItsStepAndCategory() {
        Goal walk = add(WALK);
        session.goals().mark(walk.id(), TODAY, GoalOutcome.PARTLY, "Made it halfway, the rain came.").join();

        List<JournalEntry> entries = session.journal().find(JournalQuery.everything()).join();
        assertEquals(1, entries.size());
        JournalEntry entry = entries.get(0);
        assertEquals(EntryType.GOAL, entry.type());
        assertEquals("Made it halfway, the rain came.", entry.note());
        assertEquals(walk.id(), entry.goal().goal().id());
        assertEquals(GoalOutcome.PARTLY, entry.goal().outcome());

        assertEquals(1, session.journal().find(JournalQuery.text("street")).join().size(), "by the step's title");
        assertEquals(1, session.journal().find(JournalQuery.text("rain")).join().size(), "by the note");
        String movement = JournalFixture.CONTENT.goalIdeas().categoryName(GoalCategory.MOVEMENT).split("\\W+")[0];
        assertEquals(1, session.journal().find(JournalQuery.text(movement)).join().size(), "by the category's name");
    }

    @Test
    void markingTheSameDayAgainReplacesTheOutcome() {
        Goal walk = add(WALK);
        mark(walk, GoalOutcome.SKIPPED);
        GoalMark again = mark(walk, GoalOutcome.DONE);

        assertEquals(List.of(again), session.goals().history(walk.id()).join());
        assertEquals(1, session.journal().find(JournalQuery.everything()).join().size());
    }

    @Test
    void partlyAndSkippedKeepAOneOffStepOnTheListAndOnlyDoneAndPartlyAreWins() {
        Goal walk = add(WALK);
        mark(walk, GoalOutcome.SKIPPED);
        assertEquals(1, session.goals().open().join().size(), "skipped: still there for another day");
        assertEquals(List.of(), session.goals().allWins().join(), "a skipped step is not a win, and nothing else is said");

        mark(walk, GoalOutcome.PARTLY);
        assertEquals(1, session.goals().open().join().size(), "partly done: still there to finish");
        assertEquals(Win.Kind.PARTLY, session.goals().allWins().join().get(0).kind());
    }

    @Test
    void lettingGoEndsAStepWithoutAWinAndUnmarkingPutsItBack() {
        Goal walk = add(WALK);
        GoalMark letGo = session.goals().letGo(walk.id()).join().orElseThrow().entry();
        assertEquals(GoalOutcome.LET_GO, letGo.outcome());
        assertEquals(List.of(), session.goals().open().join());
        assertEquals(List.of(), session.goals().allWins().join());
        assertEquals(TODAY, session.goals().find(walk.id()).join().orElseThrow().endedOn());

        assertTrue(session.goals().unmark(walk.id(), TODAY).join());
        assertNull(session.goals().find(walk.id()).join().orElseThrow().endedOn());
        assertEquals(List.of(new DueGoal(session.goals().find(walk.id()).join().orElseThrow(), null)),
                session.goals().dueToday().join());
        assertFalse(session.goals().unmark(walk.id(), TODAY).join(), "nothing left to take back");
    }

    @Test
    void aRecurringStepComesRoundOnItsLocalDaysAcrossMidnightAndTimeZones() {
        // 2026-03-14 is a Saturday; the step is for Mondays and Wednesdays
        Goal stretch = add(GoalPlan.of("Stretch for five minutes", GoalCategory.MOVEMENT, 1)
                .withRecurrence(Recurrence.on(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY))));
        assertEquals(List.of(), session.goals().dueToday().join(), "not a Saturday step");

        reopenAt("2026-03-16T23:59:00Z", "UTC");
        assertEquals(1, session.goals().dueToday().join().size(), "Monday");
        mark(stretch, GoalOutcome.DONE);
        assertEquals(1, session.goals().open().join().size(), "a recurring step stays on the list when done");

        reopenAt("2026-03-17T00:01:00Z", "UTC");
        assertEquals(List.of(), session.goals().dueToday().join(), "two minutes later it is Tuesday");

        // the same instant is still Monday evening in New York: Monday's outcome is there, on Monday
        reopenAt("2026-03-17T03:00:00Z", "America/New_York");
        List<DueGoal> monday = session.goals().dueToday().join();
        assertEquals(1, monday.size());
        assertEquals(LocalDate.of(2026, 3, 16), monday.get(0).mark().date());

        // and already Tuesday noon in Tokyo, where nothing is due
        reopenAt("2026-03-17T03:00:00Z", "Asia/Tokyo");
        assertEquals(List.of(), session.goals().dueToday().join());

        reopenAt("2026-03-18T09:00:00Z", "Asia/Tokyo");
        List<DueGoal> wednesday = session.goals().dueToday().join();
        assertEquals(1, wednesday.size());
        assertFalse(wednesday.get(0).marked(), "Wednesday starts fresh");
        assertEquals(1, session.goals().history(stretch.id()).join().size(), "nothing is recorded for days left unmarked");
    }

    @Test
    void aDayCanBeMarkedLaterButNotAheadAndNotAfterTheStepWasLetGo() {
        Goal walk = add(WALK.withRecurrence(Recurrence.DAILY));
        reopenAt("2026-03-16T12:00:00Z", "UTC");
        GoalMark yesterday = session.goals().mark(walk.id(), LocalDate.of(2026, 3, 15), GoalOutcome.DONE, "").join()
                .orElseThrow().entry();
        assertEquals(LocalDate.of(2026, 3, 15), yesterday.date());

        CompletionException ahead = assertThrows(CompletionException.class,
                () -> session.goals().mark(walk.id(), LocalDate.of(2026, 3, 17), GoalOutcome.DONE, "").join());
        assertEquals("problem.goal.futureDay", problems(ahead).get(0).key());

        session.goals().mark(walk.id(), LocalDate.of(2026, 3, 15), GoalOutcome.LET_GO, "").join();
        CompletionException ended = assertThrows(CompletionException.class,
                () -> session.goals().mark(walk.id(), LocalDate.of(2026, 3, 16), GoalOutcome.DONE, "").join());
        assertEquals("problem.goal.ended", problems(ended).get(0).key());
        assertEquals(1, session.goals().history(walk.id()).join().size(), "the refused mark changed nothing");
    }

    @Test
    void aRefusedGoalNamesEveryProblemAndStoresNothing() {
        GoalPlan wrong = new GoalPlan(" ", GoalCategory.JOY, 6, Recurrence.DAILY, TODAY, "", new Prediction("", 120), null);

        CompletionException thrown = assertThrows(CompletionException.class, () -> session.goals().add(wrong).join());

        assertEquals(List.of("title", "size", "due", "repeat", "predicted"),
                problems(thrown).stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), session.goals().open().join());
    }

    @Test
    void anExperimentKeepsItsPredictionBesideWhatHappened() {
        Goal ask = add(GoalPlan.of("Ask a question in the seminar", GoalCategory.STUDY, 3)
                .withPrediction(new Prediction("Everyone will think it is a stupid question.", 80)));
        assertTrue(ask.experiment());

        Saved<GoalMark> closed = session.goals().closeExperiment(ask.id(),
                new ExperimentResult("The tutor said it was a good point.", 35, "Asking costs less than I think."), false, "")
                .join().orElseThrow();

        GoalMark stored = session.goals().history(ask.id()).join().get(0);
        assertEquals(closed.entry(), stored);
        assertEquals(GoalOutcome.DONE, stored.outcome());
        assertEquals(45, stored.relief());
        Win win = session.goals().allWins().join().get(0);
        assertEquals(Win.Kind.EXPERIMENT, win.kind());
        assertEquals(45, win.relief());
        GoalStats stats = session.goals().insights(TODAY.minusDays(6), TODAY).join();
        assertEquals(1, stats.experiments().size());
        assertEquals(80, stats.experiments().get(0).predicted());
        assertEquals(35, stats.experiments().get(0).actual());
        assertEquals(45.0, stats.meanRelief());

        // the ledger's summary reads experiments carried out only: not plain steps, not one still waiting
        mark(add(WALK), GoalOutcome.DONE);
        add(GoalPlan.of("Speak up at the team meeting", GoalCategory.WORK, 3).withPrediction(new Prediction("", 60)));
        assertEquals(List.of(new GoalStats.ExperimentGap(stored.entryId(), TODAY, "Ask a question in the seminar", 80, 35)),
                session.goals().experiments().join());
    }

    @Test
    void aResultOnAStepWithoutAPredictionIsRefused() {
        Goal walk = add(WALK);
        CompletionException thrown = assertThrows(CompletionException.class, () -> session.goals()
                .closeExperiment(walk.id(), new ExperimentResult("", 10, ""), false, "").join());
        assertEquals("problem.experiment.notOne", problems(thrown).get(0).key());
        assertEquals(List.of(), session.goals().history(walk.id()).join());
    }

    @Test
    void anUnknownGoalIsEmptyNotAnError() {
        assertEquals(Optional.empty(), session.goals().mark(999, GoalOutcome.DONE).join());
        assertEquals(Optional.empty(), session.goals().change(999, WALK).join());
    }

    @Test
    void changingAStepKeepsItsOutcomesAndSearchFollowsTheNewTitle() {
        Goal walk = add(WALK);
        mark(walk, GoalOutcome.PARTLY);
        session.goals().change(walk.id(), GoalPlan.of("Walk round the park", GoalCategory.MOVEMENT, 2)).join();

        assertEquals("Walk round the park", session.goals().history(walk.id()).join().get(0).goal().title());
        assertEquals(1, session.journal().find(JournalQuery.text("park")).join().size());
        assertEquals(0, session.journal().find(JournalQuery.text("street")).join().size());
    }

    @Test
    void onlyAStepWithoutOutcomesCanBeRemoved() {
        Goal mistake = add(WALK);
        Goal kept = add(GoalPlan.of("Call my sister", GoalCategory.SOCIAL, 2));
        mark(kept, GoalOutcome.SKIPPED);

        assertTrue(session.goals().remove(mistake.id()).join());
        assertFalse(session.goals().remove(kept.id()).join());
        assertEquals(List.of(kept.id()), session.goals().open().join().stream().map(Goal::id).toList());
    }

    @Test
    void aDayDeletedInTheJournalCanBeMarkedAfresh() {
        Goal walk = add(WALK);
        GoalMark first = mark(walk, GoalOutcome.DONE);
        assertTrue(session.journal().delete(first.entryId()).join());

        GoalMark again = mark(walk, GoalOutcome.PARTLY);

        assertEquals(List.of(again), session.goals().history(walk.id()).join());
    }

    @Test
    void handWrittenWinsJoinTheLedgerNewestFirst() {
        Goal walk = add(WALK);
        mark(walk, GoalOutcome.DONE);
        session.goals().addWin(TODAY.minusDays(2), "  Opened the letter from the bank  ", "It was fine.").join();

        List<Win> wins = session.goals().allWins().join();

        assertEquals(List.of(Win.Kind.STEP, Win.Kind.OWN), wins.stream().map(Win::kind).toList());
        assertEquals("Opened the letter from the bank", wins.get(1).title());
        assertEquals(TODAY.minusDays(2), wins.get(1).date());
        CompletionException future = assertThrows(CompletionException.class,
                () -> session.goals().addWin(TODAY.plusDays(1), "Tomorrow", "").join());
        assertEquals("problem.win.future", problems(future).get(0).key());
        assertEquals(2, session.goals().allWins().join().size());
    }

    @Test
    void winsThisWeekCountFromMonday() {
        // Saturday 14 March: the week began on Monday 9 March
        session.goals().addWin(LocalDate.of(2026, 3, 9), "Monday’s win", "").join();
        session.goals().addWin(LocalDate.of(2026, 3, 8), "Last Sunday’s win", "").join();
        assertEquals(1, session.goals().winsThisWeek().join());
    }

    @Test
    void wordsOfCrisisInAnOutcomeAreNoticedAfterItIsKept() {
        Goal walk = add(WALK);
        Saved<GoalMark> saved = session.goals().mark(walk.id(), TODAY, GoalOutcome.SKIPPED, "I want to die").join().orElseThrow();
        assertTrue(saved.safety().flagged());
        assertEquals(1, session.goals().history(walk.id()).join().size(), "kept all the same");
    }

    @Test
    void theLadderOffersTheNextSizeAfterThreeDoneStepsOfOneSize() {
        for (String title : List.of("Text Sam back", "Say hello to the neighbour", "Reply in the group chat")) {
            mark(add(GoalPlan.of(title, GoalCategory.SOCIAL, 2)), GoalOutcome.DONE);
        }
        List<LadderOffer> offers = session.goals().ladderOffers().join();
        assertEquals(1, offers.size());
        LadderOffer offer = offers.get(0);
        assertEquals(GoalCategory.SOCIAL, offer.category());
        assertEquals(3, offer.size());
        assertEquals(LadderOffer.Reason.CLIMB, offer.reason());
        assertEquals(3, offer.stepsDone());

        session.goals().setAside(offer).join();
        assertEquals(List.of(), session.goals().ladderOffers().join(), "not now means not this week");
        reopenAt("2026-03-21T09:00:00Z", "UTC");
        assertEquals(List.of(), session.goals().ladderOffers().join(), "still set aside a week later");
        reopenAt("2026-03-22T09:00:00Z", "UTC");
        assertEquals(List.of(offer), session.goals().ladderOffers().join(), "offered again once the week is over");
    }

    @Test
    void goalsWithOutcomesAndWinsAreSavedAllAtOnce() {
        Goal setEarlier = new Goal(1, WALK.withRecurrence(Recurrence.DAILY), TODAY.minusDays(10), null);
        List<GoalMark> marks = List.of(
                new GoalMark(0, setEarlier, TODAY.minusDays(3), java.time.LocalTime.NOON, GoalOutcome.DONE, "", null),
                new GoalMark(0, setEarlier, TODAY.minusDays(2), java.time.LocalTime.NOON, GoalOutcome.SKIPPED, "", null));
        assertEquals(2, session.goals().saveAll(List.of(setEarlier), marks,
                List.of(new app.groundwork.domain.OwnWin(0, TODAY, "Cooked a real dinner", ""))).join());

        Goal stored = session.goals().open().join().get(0);
        assertEquals(TODAY.minusDays(10), stored.createdOn());
        assertEquals(2, session.goals().history(stored.id()).join().size());
        assertEquals(2, session.goals().allWins().join().size());
        assertNotNull(session.goals().insights(TODAY.minusDays(30), TODAY).join());
    }
}
