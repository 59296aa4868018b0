package app.groundwork.service;

import static app.groundwork.service.JournalFixture.CONTENT;
import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.Practice;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.PracticeRun;
import app.groundwork.domain.PracticeSuggestion;
import app.groundwork.domain.Saved;
import app.groundwork.domain.SeriesProgress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guided practices' answers on a real journal. Today is Saturday 14 March 2026, 18:30. */
class PracticeServiceTest {
    private static final String LETTER = "self-compassion-letter";
    private static final String WRITING = "expressive-writing";

    @TempDir
    Path dataDir;

    /** One answer per written step of a practice, in order, with {@code words} at the steps named, blank elsewhere. */
    private static List<PracticeAnswer> answers(String practiceId, String... stepAndWords) {
        PracticeRun run = new PracticeRun(CONTENT.practice(practiceId).orElseThrow().script(), JournalFixture.CLOCK);
        for (int i = 0; i < stepAndWords.length; i += 2) {
            String step = stepAndWords[i];
            int index = 0;
            while (!run.script().steps().get(index).id().equals(step)) {
                index++;
            }
            run.write(index, stepAndWords[i + 1]);
        }
        return run.answers();
    }

    private static <T> T refused(Class<T> type, Runnable action) {
        CompletionException thrown = assertThrows(CompletionException.class, action::run);
        return assertInstanceOf(type, thrown.getCause());
    }

    @Test
    void aDraftIsKeptRewrittenInPlaceAndResumed() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            PracticeService practices = session.practices();
            Saved<PracticeResponse> first = practices.keep(null, LETTER,
                    answers(LETTER, "what-hurts", "The exam result, and telling my parents.")).join().orElseThrow();
            long id = first.entry().entryId();
            assertTrue(id > 0);
            assertNull(first.entry().finishedAt(), "a draft has no finish time");
            assertFalse(first.safety().flagged());

            Saved<PracticeResponse> second = practices.keep(id, LETTER, answers(LETTER,
                    "what-hurts", "The exam result, and telling my parents.",
                    "what-the-critic-says", "That I never finish anything.")).join().orElseThrow();
            assertEquals(id, second.entry().entryId(), "kept in place, not a second entry");

            PracticeResponse draft = practices.draft(LETTER).join().orElseThrow();
            assertEquals(id, draft.entryId());
            assertEquals(LETTER, draft.practiceId());
            assertEquals(TODAY, draft.date());
            assertEquals(LocalTime.of(18, 30), draft.time());
            PracticeRun resumed = new PracticeRun(CONTENT.practice(LETTER).orElseThrow().script(), JournalFixture.CLOCK);
            resumed.restore(draft.answers());
            assertEquals("The exam result, and telling my parents.", resumed.answerAt(1));
            assertEquals("That I never finish anything.", resumed.answerAt(2));
            assertEquals("", resumed.answerAt(3));
            assertTrue(practices.draft(WRITING).join().isEmpty(), "drafts belong to their own practice");
            assertEquals(1, session.journal().find(JournalQuery.everything()).join().size());
        }
    }

    @Test
    void blankAnswersStoreNothing() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            Optional<Saved<PracticeResponse>> kept = session.practices().keep(null, LETTER,
                    answers(LETTER, "what-hurts", "   \n ")).join();
            assertTrue(kept.isEmpty());
            assertTrue(session.practices().draft(LETTER).join().isEmpty());
            assertTrue(session.journal().find(JournalQuery.everything()).join().isEmpty());

            InvalidEntryException problem = refused(InvalidEntryException.class,
                    () -> session.practices().finish(null, LETTER, answers(LETTER)).join());
            assertEquals(List.of(FieldProblem.of("answers", "problem.practice.answerNeeded")), problem.problems());
            assertTrue(session.journal().find(JournalQuery.everything()).join().isEmpty());
        }
    }

    @Test
    void finishingMakesASearchablePracticeEntryAndEndsTheDraft() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            PracticeService practices = session.practices();
            long id = practices.keep(null, LETTER, answers(LETTER, "what-hurts", "Missing the deadline at work."))
                    .join().orElseThrow().entry().entryId();
            Saved<PracticeResponse> finished = practices.finish(id, LETTER, answers(LETTER,
                    "what-hurts", "Missing the deadline at work.",
                    "the-letter", "Dear me, one late report is one late report.")).join();

            assertEquals(id, finished.entry().entryId(), "the draft becomes the finished entry");
            assertEquals(Instant.parse("2026-03-14T18:30:00Z"), finished.entry().finishedAt());
            assertTrue(practices.draft(LETTER).join().isEmpty(), "a finished practice is no longer a draft");

            for (String words : List.of("deadline", "letter", "harsh", "practice")) {
                List<JournalEntry> found = session.journal().find(JournalQuery.text(words)).join();
                assertEquals(1, found.size(), "found by " + words);
                JournalEntry entry = found.get(0);
                assertEquals(id, entry.id());
                assertEquals(EntryType.PRACTICE, entry.type());
                assertEquals(LETTER, entry.practice().practiceId());
            }
            JournalEntry entry = session.journal().find(JournalQuery.everything()).join().get(0);
            assertEquals("Missing the deadline at work.\n\nDear me, one late report is one late report.", entry.note());
            assertEquals(List.of("what-hurts", "what-the-critic-says", "the-letter", "read-it-back"),
                    entry.practice().answers().stream().map(PracticeAnswer::promptId).toList());
            assertEquals(Optional.empty(), practices.keep(id, LETTER, answers(LETTER, "what-hurts", "changed")).join(),
                    "a finished entry is not rewritten as a draft");
            assertEquals("Missing the deadline at work.", practices.find(id).join().orElseThrow().answers().get(0).answer());
        }
    }

    @Test
    void aPracticeWithNothingToWriteIsKeptAsDone() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            PracticeResponse done = session.practices().finish(null, "paced-breathing", List.of()).join().entry();
            assertNotNull(done.finishedAt());
            assertEquals(List.of(), done.answers());
            assertEquals(1, session.journal().find(JournalQuery.text("breathing")).join().size());
        }
    }

    @Test
    void wordsOfCrisisAreNoticedAfterTheAnswerIsKept() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            Saved<PracticeResponse> saved = session.practices().finish(null, LETTER,
                    answers(LETTER, "what-hurts", "Some nights I want to die.")).join();
            assertTrue(saved.safety().flagged());
            assertEquals(List.of("want to die"), saved.safety().matchedPhrases());
            assertEquals("Some nights I want to die.",
                    session.practices().find(saved.entry().entryId()).join().orElseThrow().answerText(), "kept all the same");

            Saved<PracticeResponse> draft = session.practices().keep(null, WRITING,
                    answers(WRITING, "write", "I want to die when I think of it.")).join().orElseThrow();
            assertTrue(draft.safety().flagged(), "a draft is screened too");
        }
    }

    @Test
    void wordsThatCannotBeStoredExactlyAreRefused() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            InvalidEntryException problem = refused(InvalidEntryException.class, () -> session.practices()
                    .keep(null, LETTER, answers(LETTER, "what-hurts", "a\u0000b")).join());
            assertEquals(List.of(FieldProblem.of("answer.what-hurts", "problem.text.nul")), problem.problems());
            refused(IllegalArgumentException.class, () -> session.practices().finish(null, "no-such-practice",
                    List.of(new PracticeAnswer(null, "Q", "A"))).join());
        }
    }

    @Test
    void seriesProgressCountsDistinctDaysWithAFinishedSession() {
        List<PracticeAnswer> session1 = answers(WRITING, "write", "About the month after the layoff.");
        try (JournalSession session = JournalFixture.openSession(dataDir, dayAt("2026-03-12T20:00:00Z"))) {
            session.practices().finish(null, WRITING, session1).join();
            session.practices().finish(null, WRITING, session1).join();
        }
        try (JournalSession session = JournalFixture.openSession(dataDir, dayAt("2026-03-13T08:00:00Z"))) {
            session.practices().keep(null, WRITING, session1).join();
        }
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            assertEquals(Optional.of(new SeriesProgress(1, 4, false)), session.practices().seriesProgress(WRITING).join(),
                    "two sessions on one day count once, and a draft not at all");
            session.practices().finish(null, WRITING, session1).join();
            SeriesProgress progress = session.practices().seriesProgress(WRITING).join().orElseThrow();
            assertEquals(new SeriesProgress(2, 4, true), progress);
            assertEquals(3, progress.nextDay());
            assertFalse(progress.complete());
            assertEquals(Optional.empty(), session.practices().seriesProgress(LETTER).join(), "done in one sitting");
        }
    }

    private static Clock dayAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void aPlanBecomesASmallStepInThePracticesCategoryAndSize() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            Practice planner = CONTENT.practice("reconnection-planner").orElseThrow();
            List<PracticeAnswer> written = answers("reconnection-planner", "first-contact", "  Text Sam a photo of the dog\nmaybe Sunday");
            String title = session.practices().suggestedGoalTitle("reconnection-planner", written).orElseThrow();
            assertEquals("Text Sam a photo of the dog", title);

            Goal goal = session.practices().makeGoal("reconnection-planner", title).join().entry();
            assertEquals("Text Sam a photo of the dog", goal.title());
            assertEquals(GoalCategory.SOCIAL, goal.category());
            assertEquals(planner.goal().orElseThrow().size().intValue(), goal.size());
            assertEquals(1, goal.size());
            assertEquals(List.of(goal.id()), session.goals().open().join().stream().map(Goal::id).toList());

            Goal boundary = session.practices().makeGoal("boundary-practice", "Say no to the Friday extra shift").join().entry();
            assertEquals(GoalCategory.fromId("boundaries").orElseThrow(), boundary.category());
            assertEquals(2, boundary.size());

            InvalidEntryException blank = refused(InvalidEntryException.class,
                    () -> session.practices().makeGoal("reconnection-planner", "   ").join());
            assertEquals("title", blank.problems().get(0).field());
            refused(IllegalArgumentException.class, () -> session.practices().makeGoal(LETTER, "Write again").join());
            assertEquals(2, session.goals().open().join().size(), "nothing more was set");
            assertTrue(session.practices().suggestedGoalTitle(LETTER, written).isEmpty());
        }
    }

    @Test
    void todaysSuggestionFollowsTheLatestCheckIn() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            CheckInContent lonely = new CheckInContent(TODAY, LocalTime.of(9, 0), 5, 6, null, null,
                    List.of(EmotionRating.known("loneliness", 70)), List.of(), List.of(), "", List.of());
            assertEquals(Optional.of(PracticeSuggestion.practice("reconnection-planner", "practice.suggest.loneliness")),
                    session.practices().suggestFor(Optional.of(lonely)));
            assertEquals(Optional.empty(), session.practices().suggestFor(Optional.empty()));
        }
    }
}
