package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.PracticeScript.AnswerKind;
import app.groundwork.domain.PracticeScript.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeRunTest {
    private static final Instant START = Instant.parse("2026-03-14T18:30:00Z");

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();

    private static final PracticeScript LETTER = new PracticeScript("letter", "A letter", List.of(
            new Step("settle", "Sit back and take a slow breath.", AnswerKind.NONE, 30),
            new Step("what-happened", "What happened?", AnswerKind.TEXT, 0),
            new Step("friend", "What would a friend say?", AnswerKind.TEXT, 600),
            new Step("close", "Read it back once.", AnswerKind.NONE, 0)));

    @Test
    void nextAndBackMoveOneStepAndStopAtTheEnds() {
        PracticeRun run = new PracticeRun(LETTER, clock);
        assertEquals(0, run.index());
        assertTrue(run.isFirst());
        assertFalse(run.back(), "nothing before the first step");
        assertEquals(0, run.index());
        assertTrue(run.next());
        assertEquals("what-happened", run.current().id());
        assertTrue(run.next());
        assertTrue(run.next());
        assertTrue(run.isLast());
        assertFalse(run.next(), "nothing after the last step");
        assertEquals(3, run.index());
        assertTrue(run.back());
        assertEquals("friend", run.current().id());
        run.goTo(0);
        assertEquals("settle", run.current().id());
        assertThrows(IndexOutOfBoundsException.class, () -> run.goTo(4));
        assertEquals(4, run.stepCount());
    }

    @Test
    void answersHoldOnePerWrittenStepInOrderWithThePromptAsShown() {
        PracticeRun run = new PracticeRun(LETTER, clock);
        run.goTo(2);
        run.write("You did what you could with what you knew.");
        run.write(1, "The exam went badly.");
        assertEquals("The exam went badly.", run.answerAt(1));
        assertEquals("", run.answerAt(3));
        assertEquals(List.of(
                new PracticeAnswer("what-happened", "What happened?", "The exam went badly."),
                new PracticeAnswer("friend", "What would a friend say?", "You did what you could with what you knew.")),
                run.answers());
    }

    @Test
    void aSkippedWrittenStepGivesAnEmptyAnswer() {
        PracticeRun run = new PracticeRun(LETTER, clock);
        run.write(2, "Kind words.");
        assertEquals("", run.answers().get(0).answer());
        assertEquals("Kind words.", run.answers().get(1).answer());
    }

    @Test
    void aStepThatIsReadOrDoneTakesNoWords() {
        PracticeRun run = new PracticeRun(LETTER, clock);
        assertThrows(IllegalStateException.class, () -> run.write("words"));
        assertThrows(IllegalStateException.class, () -> run.write(3, "words"));
    }

    @Test
    void finishingNeedsWordsInOneWrittenStepButNotInAll() {
        PracticeRun run = new PracticeRun(LETTER, clock);
        assertFalse(run.canFinish());
        run.write(1, "   ");
        assertFalse(run.canFinish(), "spaces are not words");
        run.write(2, "Something kind.");
        assertTrue(run.canFinish(), "the first written step may stay empty");
        run.write(2, "");
        assertFalse(run.canFinish());
    }

    @Test
    void aPracticeWithoutWrittenStepsCanBeFinishedOnceItsLastStepIsReached() {
        PracticeScript breathing = new PracticeScript("breathe", "Breathe", List.of(
                new Step("one", "Breathe with the guide.", AnswerKind.NONE, 60),
                new Step("two", "Notice your feet.", AnswerKind.NONE, 0)));
        PracticeRun run = new PracticeRun(breathing, clock);
        assertFalse(run.canFinish());
        run.next();
        run.back();
        assertTrue(run.canFinish(), "having reached the end once is enough");
        assertEquals(List.of(), run.answers());

        PracticeRun single = new PracticeRun(new PracticeScript("one", "One", List.of(breathing.steps().get(0))), clock);
        assertTrue(single.canFinish());
    }

    @Test
    void restoredAnswersGoBackToTheirStepsAndUnknownOnesAreLeftOut() {
        PracticeRun run = new PracticeRun(LETTER, clock);
        run.restore(List.of(new PracticeAnswer("friend", "An older wording", "Kept words."),
                new PracticeAnswer("gone", "A step no longer there", "Lost words."),
                new PracticeAnswer("close", "Read it back once.", "Not a written step.")));
        assertEquals("Kept words.", run.answerAt(2));
        assertEquals("What would a friend say?", run.answers().get(1).prompt(), "shown again with today's wording");
        assertEquals("", run.answerAt(3));
        assertTrue(run.canFinish());
    }

    @Test
    void eachTimedStepHasItsOwnTimerWhichPausesWhenTheStepIsLeft() {
        PracticeRun run = new PracticeRun(LETTER, clock);
        StepTimer settle = run.timer().orElseThrow();
        assertEquals(30, settle.remainingSeconds());
        settle.start();
        clock.advance(Duration.ofSeconds(10));
        assertEquals(20, settle.remainingSeconds());
        run.next();
        assertTrue(run.timer().isEmpty(), "an untimed step has no timer");
        clock.advance(Duration.ofSeconds(15));
        run.back();
        assertEquals(20, run.timer().orElseThrow().remainingSeconds(), "the timer waited while the step was left");
        assertFalse(run.timer().orElseThrow().running());
        run.goTo(2);
        assertEquals(600, run.timer().orElseThrow().remainingSeconds());
    }

    @Test
    void aScriptNeedsStepsWithDistinctIds() {
        assertThrows(IllegalArgumentException.class, () -> new PracticeScript("none", "None", List.of()));
        Step step = new Step("same", "A.", AnswerKind.TEXT, 0);
        assertThrows(IllegalArgumentException.class, () -> new PracticeScript("twice", "Twice", List.of(step, step)));
        assertThrows(IllegalArgumentException.class, () -> new Step("neg", "A.", AnswerKind.TEXT, -1));
        assertEquals(2, LETTER.writtenSteps());
    }
}
