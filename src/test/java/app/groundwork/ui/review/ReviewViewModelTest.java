package app.groundwork.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.review.ReviewViewModel.CategoryRow;
import app.groundwork.ui.review.ReviewViewModel.ReframeRow;
import app.groundwork.ui.review.ReviewViewModel.WinRow;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly review's model on a real journal, without a display. Today is Saturday 14 March 2026. */
class ReviewViewModelTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private static final LocalDate LAST_MONDAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dataDir;
    private JournalSession session;
    private ReviewViewModel review;
    private final List<SafetyCheck> afterSave = new ArrayList<>();
    private Locale before;

    @BeforeEach
    void open() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        session = JournalFixture.openSession(dataDir);
        review = new ReviewViewModel(session.reviews(), JournalFixture.CONTENT.goalIdeas(), Runnable::run);
        review.setAfterSave(afterSave::add);
    }

    @AfterEach
    void close() {
        session.close();
        Locale.setDefault(before);
    }

    private void checkIn(LocalDate date, int mood, Integer selfTrust) {
        session.checkIns().save(new CheckInContent(date, LocalTime.of(9, 0), mood, selfTrust, null, null, List.of(),
                List.of(), List.of(), "", List.of())).join();
    }

    @Test
    void aNewJournalOpensOnThisWeekWithAKindEmptyStateAndTheWeeksQuestion() {
        assertFalse(review.loadedProperty().get());

        review.refresh().join();

        assertTrue(review.loadedProperty().get());
        assertEquals(MONDAY, review.weekStartProperty().get());
        assertEquals("This week", review.weekTitleProperty().get());
        assertEquals("9 – 15 March 2026", review.weekRangeProperty().get());
        assertFalse(review.canGoLaterProperty().get(), "no week after the current one");
        assertTrue(review.emptyProperty().get());
        assertTrue(review.emptyTextProperty().get().startsWith("Nothing is written down for this week yet, and that’s fine."));
        assertFalse(review.hasCheckInsProperty().get());
        assertEquals(session.reviews().questionFor(MONDAY).text(), review.questionProperty().get());
        assertEquals("", review.answerProperty().get());
        assertFalse(review.unsavedProperty().get());
        assertEquals(List.of(), review.wins());
        assertEquals(DayOfWeek.SUNDAY, review.reviewDayProperty().get());
        assertFalse(review.todayIsReviewDayProperty().get());
    }

    @Test
    void moodAndSelfTrustAreComparedWithLastWeekInCalmWords() {
        checkIn(MONDAY, 6, 7);
        checkIn(MONDAY.plusDays(2), 5, 7);
        checkIn(LAST_MONDAY.plusDays(1), 6, 3);

        review.refresh().join();

        assertFalse(review.emptyProperty().get());
        assertTrue(review.hasCheckInsProperty().get());
        assertEquals("Mood: 5.5 on average, over 2 days with a check-in.", review.moodLineProperty().get());
        assertEquals("A little lower than last week (6.0) — weeks vary.", review.moodCompareProperty().get());
        assertEquals("Self-trust: 7.0 out of 10 on average.", review.selfTrustLineProperty().get());
        assertEquals("Higher than last week (3.0).", review.selfTrustCompareProperty().get());

        review.earlierWeek().join();
        assertEquals("Last week", review.weekTitleProperty().get());
        assertEquals("2 – 8 March 2026", review.weekRangeProperty().get());
        assertEquals("Mood: 6.0 on average, over one day with a check-in.", review.moodLineProperty().get());
        assertEquals("There are no check-ins from last week to compare with.", review.moodCompareProperty().get());
        review.earlierWeek().join();
        assertEquals("The week of 23 February", review.weekTitleProperty().get());
        assertEquals("23 February – 1 March 2026", review.weekRangeProperty().get());
        assertEquals("No check-ins this week, so there’s no mood to show. That’s all right.", review.moodLineProperty().get());
        assertEquals("", review.moodCompareProperty().get());
        assertFalse(review.hasCheckInsProperty().get(), "neither that week nor the one before has a check-in to compare");
    }

    @Test
    void comparisonsNameTheDirectionGentlyWhicheverWayItGoes() {
        assertEquals("About the same as last week (6.0).", ReviewWords.compare(6.4, 6.0));
        assertEquals("About the same as last week (6.0).", ReviewWords.compare(5.6, 6.0));
        assertEquals("A little higher than last week (6.0).", ReviewWords.compare(7.0, 6.0));
        assertEquals("Higher than last week (4.0).", ReviewWords.compare(5.5, 4.0));
        assertEquals("Lower than last week (7.5). Heavier weeks come and go; noticing one is a way of looking after yourself.",
                ReviewWords.compare(5.0, 7.5));
        assertEquals("", ReviewWords.compare(null, 7.5));
        assertEquals("29 December 2025 – 4 January 2026", ReviewWords.weekRange(LocalDate.of(2025, 12, 29)));
        assertEquals("30 March – 5 April 2026", ReviewWords.weekRange(LocalDate.of(2026, 3, 30)));
    }

    @Test
    void theWeeksWinsThoughtsAndStepsAreListedInWords() {
        Goal walk = session.goals().add(GoalPlan.of("Walk to the end of the street", GoalCategory.MOVEMENT, 1)).join().entry();
        Goal stretch = session.goals().add(GoalPlan.of("Stretch for five minutes", GoalCategory.MOVEMENT, 1)).join().entry();
        session.goals().mark(walk.id(), MONDAY.plusDays(1), GoalOutcome.DONE, "").join().orElseThrow();
        session.goals().mark(stretch.id(), MONDAY.plusDays(3), GoalOutcome.DONE, "").join().orElseThrow();
        session.goals().addWin(MONDAY.plusDays(4), "Opened the letter from the bank", "").join();
        ReframeContent content = new ReframeContent("", "I always mess things up", List.of(), 90, List.of(), "", "", "",
                "I got three things right today too.", List.of(), 40, null);
        int stored = session.reframes().saveAll(List.of(new Reframe(0, MONDAY.plusDays(1), LocalTime.of(20, 0), content,
                ReframeStep.AFTER, MONDAY.plusDays(1).atTime(20, 30).toInstant(ZoneOffset.UTC), null))).join();

        review.refresh().join();

        assertEquals(List.of(new WinRow("Opened the letter from the bank", "Your own · Friday"),
                new WinRow("Stretch for five minutes", "Step done · Thursday"),
                new WinRow("Walk to the end of the street", "Step done · Tuesday")), review.wins());
        assertEquals(1, review.reframes().size());
        ReframeRow row = review.reframes().get(0);
        assertEquals("“I always mess things up”", row.thought());
        assertEquals("Believed 90 at the start, 40 after looking at it again.", row.change());
        assertEquals("A kinder answer: I got three things right today too.", row.answer());
        assertEquals(List.of(new CategoryRow("Body & movement", 2, "Body & movement: 2 steps")), review.categories());
        assertEquals(1, stored);
    }

    @Test
    void typedAnswersAreKeptPerWeekUntilSaved() {
        review.refresh().join();
        review.answerProperty().set("The walk on Tuesday.");
        assertTrue(review.unsavedProperty().get());

        review.earlierWeek().join();
        assertEquals(LAST_MONDAY, review.weekStartProperty().get());
        assertTrue(review.canGoLaterProperty().get());
        assertEquals("", review.answerProperty().get(), "last week has its own answer");
        assertFalse(review.unsavedProperty().get());
        assertTrue(review.emptyTextProperty().get().startsWith("Nothing was written down that week"));
        review.answerProperty().set("Rain, mostly.");

        review.laterWeek().join();
        assertEquals(MONDAY, review.weekStartProperty().get());
        assertEquals("The walk on Tuesday.", review.answerProperty().get(), "what was typed is still here");
        assertTrue(review.unsavedProperty().get());
        assertEquals(List.of(), session.journal().recent(5).join(), "nothing is stored until it is saved");

        review.laterWeek().join();
        assertEquals(MONDAY, review.weekStartProperty().get(), "no week after the current one");
        review.showWeek(MONDAY.plusWeeks(3)).join();
        assertEquals(MONDAY, review.weekStartProperty().get());

        review.earlierWeek().join();
        assertEquals("Rain, mostly.", review.answerProperty().get());
    }

    @Test
    void savingKeepsTheAnswerInTheJournalAndTheWeekRemembersIt() {
        review.refresh().join();
        review.answerProperty().set("  The walk on Tuesday, when I almost stayed in.\n");

        review.save().join();

        assertEquals("", review.problemProperty().get());
        assertEquals("Your answer is kept in your journal.", review.statusProperty().get());
        assertFalse(review.unsavedProperty().get(), "the same words, only trimmed, are saved");
        assertEquals("The walk on Tuesday, when I almost stayed in.", review.savedAnswerProperty().get());
        assertEquals("Kept in your journal on Saturday 14 March.", review.savedOnProperty().get());
        assertEquals("The walk on Tuesday, when I almost stayed in.", session.reviews().thisWeek().join().answerText());
        assertEquals(1, afterSave.size());
        assertFalse(afterSave.get(0).flagged());

        review.answerProperty().set("The walk on Tuesday, when I almost stayed in. And Sunday’s call.");
        assertTrue(review.unsavedProperty().get());
        review.save().join();
        assertEquals(1, session.journal().recent(5).join().size(), "saved again in place");
        assertEquals("The walk on Tuesday, when I almost stayed in. And Sunday’s call.",
                session.reviews().thisWeek().join().answerText());

        review.earlierWeek().join();
        review.laterWeek().join();
        assertEquals("The walk on Tuesday, when I almost stayed in. And Sunday’s call.", review.answerProperty().get());
        assertFalse(review.unsavedProperty().get());
        assertFalse(review.emptyProperty().get());
    }

    @Test
    void anEmptyAnswerIsNotSavedAndSaysWhatIsNeeded() {
        review.refresh().join();
        review.answerProperty().set("   ");

        review.save().join();

        assertEquals("Your answer: write a few words first; even one line is enough.", review.problemProperty().get());
        assertEquals(List.of(), session.journal().recent(5).join());
        assertEquals(List.of(), afterSave);
    }

    @Test
    void wordsOfCrisisInTheAnswerAreHandedOnAfterItIsKept() {
        review.refresh().join();
        review.answerProperty().set("Some nights I want to die.");

        review.save().join();

        assertEquals(1, afterSave.size());
        assertTrue(afterSave.get(0).flagged());
        assertEquals("Some nights I want to die.", session.reviews().thisWeek().join().answerText());
    }

    @Test
    void choosingTheReviewDayKeepsItInTheJournal() {
        review.refresh().join();

        review.reviewDayProperty().set(DayOfWeek.SATURDAY);

        assertTrue(review.todayIsReviewDayProperty().get());
        assertEquals(DayOfWeek.SATURDAY, session.reviews().reviewDay().join());
        ReviewViewModel again = new ReviewViewModel(session.reviews(), JournalFixture.CONTENT.goalIdeas(), Runnable::run);
        again.refresh().join();
        assertEquals(DayOfWeek.SATURDAY, again.reviewDayProperty().get());
        assertEquals("", again.loadProblemProperty().get());
        assertEquals(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
                ReviewViewModel.weekdays().stream().map(ReviewViewModel::weekdayName).toList());
    }
}
