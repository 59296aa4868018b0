package app.groundwork.service;

import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.DaySummary;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.ReflectionQuestion;
import app.groundwork.domain.Saved;
import app.groundwork.domain.WeeklyReview;
import app.groundwork.domain.WeeklyReview.CategoryDone;
import app.groundwork.domain.WeeklyReview.Reframed;
import app.groundwork.domain.WeeklyReview.WeekFigures;
import app.groundwork.domain.Win;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly review on a real journal. Today is Saturday 14 March 2026, so this week runs 9–15 March. */
class ReviewServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private static final LocalDate LAST_MONDAY = LocalDate.of(2026, 3, 2);

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

    private void checkIn(LocalDate date, int hour, int mood, Integer selfTrust) {
        session.checkIns().save(new CheckInContent(date, LocalTime.of(hour, 0), mood, selfTrust, null, null, List.of(),
                List.of(), List.of(), "", List.of())).join();
    }

    private Goal add(String title, GoalCategory category) {
        return session.goals().add(GoalPlan.of(title, category, 2)).join().entry();
    }

    private static Reframe finishedOn(LocalDate date, String thought, Integer before, Integer after, String alternative) {
        ReframeContent content = new ReframeContent("", thought, List.of(), before, List.of(), "", "", "", alternative,
                List.of(), after, null);
        return new Reframe(0, date, LocalTime.of(20, 0), content, ReframeStep.AFTER,
                date.atTime(20, 30).toInstant(java.time.ZoneOffset.UTC), null);
    }

    private List<JournalEntry> search(String text) {
        return session.journal().find(new JournalQuery(text, null, null, null, null, null, 50)).join();
    }

    private static List<FieldProblem> problems(CompletionException thrown) {
        return assertInstanceOf(InvalidEntryException.class, thrown.getCause()).problems();
    }

    @Test
    void thisWeeksMoodAndSelfTrustAreSetBesideLastWeeksDayByDay() {
        // this week: Monday twice (mood 6 and 8, self-trust 4 and 6), Wednesday once without self-trust
        checkIn(MONDAY, 8, 6, 4);
        checkIn(MONDAY, 21, 8, 6);
        checkIn(MONDAY.plusDays(2), 9, 4, null);
        // last week: Tuesday and Sunday
        checkIn(LAST_MONDAY.plusDays(1), 9, 5, 3);
        checkIn(LAST_MONDAY.plusDays(6), 9, 7, 8);
        // two weeks ago, in neither week
        checkIn(LAST_MONDAY.minusDays(1), 9, 1, 0);

        WeeklyReview review = session.reviews().thisWeek().join();

        assertEquals(MONDAY, review.weekStart());
        assertEquals(LocalDate.of(2026, 3, 15), review.weekEnd());
        // each day counts once: Monday's mean 7 and Wednesday's 4
        assertEquals(new WeekFigures(5.5, 5.0, 2), review.thisWeek());
        assertEquals(new WeekFigures(6.0, 5.5, 2), review.lastWeek());
        assertFalse(review.empty());

        WeeklyReview earlier = session.reviews().review(LAST_MONDAY.plusDays(3)).join();
        assertEquals(LAST_MONDAY, earlier.weekStart());
        assertEquals(new WeekFigures(6.0, 5.5, 2), earlier.thisWeek());
        assertEquals(new WeekFigures(1.0, 0.0, 1), earlier.lastWeek());
    }

    @Test
    void aDayWithOtherEntriesButNoCheckInHasNoMoodToAverage() {
        checkIn(MONDAY, 9, 6, 5);
        Goal walk = add("Walk to the end of the street", GoalCategory.MOVEMENT);
        session.goals().mark(walk.id(), MONDAY.plusDays(1), GoalOutcome.DONE, "").join().orElseThrow();
        session.goals().mark(walk.id(), MONDAY, GoalOutcome.DONE, "").join().orElseThrow();

        assertEquals(List.of(new DaySummary(MONDAY, 2, 6.0), new DaySummary(MONDAY.plusDays(1), 1, null)),
                session.journal().days(MONDAY, MONDAY.plusDays(6)).join());
        assertEquals(new WeekFigures(6.0, 5.0, 1), session.reviews().thisWeek().join().thisWeek());
    }

    @Test
    void aWeekWithNothingInItIsEmptyAndHasNoFigures() {
        WeeklyReview review = session.reviews().thisWeek().join();
        assertTrue(review.empty());
        assertEquals(WeekFigures.NONE, review.thisWeek());
        assertEquals(WeekFigures.NONE, review.lastWeek());
        assertNull(review.thisWeek().meanMood());
        assertEquals(List.of(), review.wins());
        assertNull(review.answer());
        assertEquals("", review.answerText());
    }

    @Test
    void theWeeksWinsReframesAndStepsByCategoryAreTheWeeksOnly() {
        Goal walk = add("Walk to the end of the street", GoalCategory.MOVEMENT);
        Goal stretch = add("Stretch for five minutes", GoalCategory.MOVEMENT);
        Goal call = add("Call Mum back", GoalCategory.SOCIAL);
        session.goals().mark(walk.id(), MONDAY.plusDays(1), GoalOutcome.DONE, "").join().orElseThrow();
        session.goals().mark(stretch.id(), MONDAY.plusDays(3), GoalOutcome.DONE, "").join().orElseThrow();
        session.goals().mark(call.id(), MONDAY.plusDays(2), GoalOutcome.PARTLY, "Sent a text instead").join().orElseThrow();
        Goal read = add("Read one page", GoalCategory.JOY);
        session.goals().mark(read.id(), LAST_MONDAY.plusDays(4), GoalOutcome.DONE, "").join().orElseThrow();
        session.goals().addWin(MONDAY.plusDays(4), "Opened the letter from the bank", "").join();
        session.reframes().saveAll(List.of(
                finishedOn(MONDAY.plusDays(1), "I always mess things up", 90, 40, "I got three things right today too."),
                finishedOn(MONDAY.plusDays(5), "Nobody wants me there", null, null, "Two people asked me along."),
                finishedOn(LAST_MONDAY.plusDays(2), "I should be over this", 80, 60, "Healing takes its time."))).join();

        WeeklyReview review = session.reviews().review(MONDAY.plusDays(6)).join();

        assertEquals(List.of("Opened the letter from the bank", "Stretch for five minutes", "Call Mum back",
                "Walk to the end of the street"), review.wins().stream().map(Win::title).toList());
        assertEquals(List.of(Win.Kind.OWN, Win.Kind.STEP, Win.Kind.PARTLY, Win.Kind.STEP),
                review.wins().stream().map(Win::kind).toList());
        assertEquals(2, review.reframes().size());
        Reframed first = review.reframes().get(0);
        assertEquals("I always mess things up", first.thought());
        assertEquals(90, first.beliefBefore());
        assertEquals(40, first.beliefAfter());
        assertEquals(50, first.drop());
        assertEquals("I got three things right today too.", first.alternative());
        assertNull(review.reframes().get(1).drop());
        // partly done is a win but not a step done
        assertEquals(List.of(new CategoryDone(GoalCategory.MOVEMENT, 2)), review.done());

        WeeklyReview last = session.reviews().review(LAST_MONDAY).join();
        assertEquals(List.of("Read one page"), last.wins().stream().map(Win::title).toList());
        assertEquals(List.of(new CategoryDone(GoalCategory.JOY, 1)), last.done());
        assertEquals(List.of("I should be over this"), last.reframes().stream().map(Reframed::thought).toList());
    }

    @Test
    void theAnswerIsAPracticeEntryTheJournalListsAndSearchFinds() {
        ReflectionQuestion question = session.reviews().questionFor(MONDAY);
        Saved<PracticeResponse> saved = session.reviews().saveAnswer(TODAY, question,
                "  The walk on Tuesday, when I almost stayed in.\n").join();

        PracticeResponse response = saved.entry();
        assertTrue(response.entryId() > 0);
        assertEquals(PracticeResponse.WEEKLY_REVIEW, response.practiceId());
        assertEquals(MONDAY, response.weekOf(), "any day of the week names the week by its Monday");
        assertEquals(TODAY, response.date());
        assertEquals(LocalTime.of(18, 30), response.time());
        assertEquals(Instant.parse("2026-03-14T18:30:00Z"), response.finishedAt());
        assertEquals(List.of(new PracticeAnswer(question.id(), question.text(), "The walk on Tuesday, when I almost stayed in.")),
                response.answers());
        assertFalse(saved.safety().flagged());

        List<JournalEntry> listed = session.journal().find(new JournalQuery(null, null, null, null, null, null, 50)).join();
        assertEquals(1, listed.size());
        JournalEntry entry = listed.get(0);
        assertEquals(EntryType.PRACTICE, entry.type());
        assertEquals(response.entryId(), entry.id());
        assertEquals("The walk on Tuesday, when I almost stayed in.", entry.note());
        assertEquals(response, entry.practice());
        assertEquals(TODAY, entry.date());

        assertEquals(List.of(response.entryId()), search("almost stayed").stream().map(JournalEntry::id).toList());
        String questionWord = question.text().split("\\W+")[2];
        assertEquals(List.of(response.entryId()), search(questionWord).stream().map(JournalEntry::id).toList(),
                "the question is searchable too: " + questionWord);
        assertEquals(List.of(response.entryId()), search("weekly review").stream().map(JournalEntry::id).toList());
        assertEquals(response, search("almost stayed").get(0).practice());

        WeeklyReview review = session.reviews().thisWeek().join();
        assertEquals(response, review.answer());
        assertEquals("The walk on Tuesday, when I almost stayed in.", review.answerText());
        assertEquals(question, review.question());
        assertFalse(review.empty(), "a week with an answer is not empty");
    }

    @Test
    void savingAgainForTheSameWeekReplacesTheAnswer() {
        ReflectionQuestion question = session.reviews().questionFor(LAST_MONDAY);
        long first = session.reviews().saveAnswer(LAST_MONDAY.plusDays(6), question, "Rain all week.").join().entry().entryId();
        PracticeResponse second = session.reviews().saveAnswer(LAST_MONDAY, question, "The talk with Priya on Friday.")
                .join().entry();
        session.reviews().saveAnswer(MONDAY, session.reviews().questionFor(MONDAY), "This week’s own answer.").join();

        assertEquals(first, second.entryId(), "the same entry, changed in place");
        assertEquals("The talk with Priya on Friday.", session.reviews().review(LAST_MONDAY).join().answerText());
        assertEquals("This week’s own answer.", session.reviews().thisWeek().join().answerText());
        assertEquals(List.of(), search("rain"), "the old words are gone from search");
        assertEquals(1, search("Priya").size());
        List<JournalEntry> practices = session.journal().find(new JournalQuery(null, null, null, null, null, null, 50)).join()
                .stream().filter(entry -> entry.type() == EntryType.PRACTICE).toList();
        assertEquals(2, practices.size());
        assertEquals(Set.of(MONDAY, LAST_MONDAY), Set.of(practices.get(0).practice().weekOf(), practices.get(1).practice().weekOf()));
    }

    @Test
    void aDeletedAnswerLeavesTheWeekAndANewOneCanBeWritten() {
        ReflectionQuestion question = session.reviews().questionFor(MONDAY);
        long id = session.reviews().saveAnswer(MONDAY, question, "First words.").join().entry().entryId();
        assertTrue(session.journal().delete(id).join());
        assertNull(session.reviews().thisWeek().join().answer());

        long again = session.reviews().saveAnswer(MONDAY, question, "Second words.").join().entry().entryId();

        assertNotEquals(id, again);
        assertEquals("Second words.", session.reviews().thisWeek().join().answerText());
    }

    @Test
    void theAnsweredQuestionStaysWithItsAnswer() {
        ReflectionQuestion own = new ReflectionQuestion(null, "What went well, however small?");
        session.reviews().saveAnswer(MONDAY, own, "Cooked a real dinner.").join();
        WeeklyReview review = session.reviews().thisWeek().join();
        assertEquals(own, review.question());
        assertNotEquals(own, session.reviews().questionFor(MONDAY));
    }

    @Test
    void wordsOfCrisisInAnAnswerAreNoticedAfterItIsKept() {
        Saved<PracticeResponse> saved = session.reviews()
                .saveAnswer(MONDAY, session.reviews().questionFor(MONDAY), "Honestly I want to die some nights.").join();
        assertTrue(saved.safety().flagged());
        assertEquals(List.of("want to die"), saved.safety().matchedPhrases());
        assertEquals("Honestly I want to die some nights.", session.reviews().thisWeek().join().answerText(), "kept all the same");
    }

    @Test
    void anEmptyAnswerOrAWeekStillToComeIsRefusedAndNothingIsWritten() {
        ReflectionQuestion question = session.reviews().questionFor(MONDAY);
        CompletionException blank = assertThrows(CompletionException.class,
                () -> session.reviews().saveAnswer(MONDAY, question, " \n ").join());
        assertEquals(List.of(FieldProblem.of("answer", "problem.review.answerNeeded")), problems(blank));
        CompletionException future = assertThrows(CompletionException.class,
                () -> session.reviews().saveAnswer(MONDAY.plusWeeks(1), question, "Too soon.").join());
        assertEquals(List.of(FieldProblem.of("week", "problem.review.futureWeek")), problems(future));
        CompletionException broken = assertThrows(CompletionException.class,
                () -> session.reviews().saveAnswer(MONDAY, question, "half \uD83D").join());
        assertEquals("answer", problems(broken).get(0).field());
        assertEquals(List.of(), session.journal().recent(10).join());

        CompletionException later = assertThrows(CompletionException.class,
                () -> session.reviews().review(MONDAY.plusDays(7)).join());
        assertInstanceOf(IllegalArgumentException.class, later.getCause());
    }

    @Test
    void theQuestionStaysTheSameAllWeekAndChangesWeekByWeek() {
        ReflectionQuestion monday = session.reviews().questionFor(MONDAY);
        for (int day = 0; day < 7; day++) {
            assertEquals(monday, session.reviews().questionFor(MONDAY.plusDays(day)));
        }
        assertEquals(monday, session.reviews().review(MONDAY.plusDays(3)).join().question());
        assertNotEquals(monday, session.reviews().questionFor(MONDAY.plusWeeks(1)));

        int count = JournalFixture.CONTENT.reviewQuestions().size();
        Set<String> seen = new HashSet<>();
        for (int week = 0; week < count; week++) {
            seen.add(session.reviews().questionFor(MONDAY.minusWeeks(week)).id());
        }
        assertEquals(count, seen.size(), "every question comes round before any repeats");
    }

    @Test
    void theReviewDayIsSundayUntilChosenAndIsKeptInTheJournal() {
        assertEquals(DayOfWeek.SUNDAY, session.reviews().reviewDay().join());
        assertFalse(session.reviews().isReviewDay(TODAY).join(), "today is a Saturday");
        assertTrue(session.reviews().isReviewDay(TODAY.plusDays(1)).join());

        session.reviews().setReviewDay(DayOfWeek.SATURDAY).join();
        assertTrue(session.reviews().isReviewDay(TODAY).join());

        session.close();
        session = JournalFixture.openSession(dataDir);
        assertEquals(DayOfWeek.SATURDAY, session.reviews().reviewDay().join());
        assertEquals(DayOfWeek.SUNDAY, ReviewService.readDay("someday"));
        assertEquals(DayOfWeek.FRIDAY, ReviewService.readDay(" friday "));
    }
}
