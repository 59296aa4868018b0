package app.groundwork.ui.practices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.SeriesProgress;
import app.groundwork.service.JournalFixture;
import app.groundwork.ui.practices.PracticesViewModel.BreathingMoment;
import app.groundwork.ui.practices.PracticesViewModel.NextIdea;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Practices page without a display: a fake keeper, and a clock the test moves by hand. */
class PracticesViewModelTest {
    private final FakePracticeKeeper keeper = new FakePracticeKeeper();
    private final MovingClock clock = new MovingClock();
    private final List<SafetyCheck> afterSave = new ArrayList<>();

    private PracticesViewModel model(boolean reducedMotion) {
        PracticesViewModel model = new PracticesViewModel(JournalFixture.CONTENT, keeper, clock, Runnable::run, reducedMotion);
        model.setAfterSave(afterSave::add);
        return model;
    }

    private void pass(PracticesViewModel model, Duration time) {
        clock.advance(time);
        model.tick();
    }

    @Test
    void theListHoldsEveryPracticeWithItsLengthAndWhy() {
        PracticesViewModel model = model(false);
        assertEquals(JournalFixture.CONTENT.practices().size(), model.practices().size());
        PracticesViewModel.PracticeRow letter = model.practices().get(0);
        assertEquals("self-compassion-letter", letter.id());
        assertEquals("A letter to yourself, from someone on your side", letter.title());
        assertEquals("About 20 minutes", letter.minutes());
        assertTrue(letter.why().startsWith("After a setback"), letter.why());
        assertFalse(model.openProperty().get());
    }

    @Test
    void openingShowsTheFirstStepWithItsTimerAndWritingGoesIntoTheRun() {
        PracticesViewModel model = model(false);
        assertFalse(model.open("no-such-practice"));
        assertTrue(model.open("self-compassion-letter"));

        assertTrue(model.openProperty().get());
        assertEquals("Step 1 of 5", model.stepLabelProperty().get());
        assertFalse(model.writtenProperty().get());
        assertTrue(model.timedProperty().get());
        assertEquals("00:30", model.remainingProperty().get());
        assertTrue(model.firstProperty().get());
        assertFalse(model.canFinishProperty().get());

        assertTrue(model.next());
        assertEquals("Step 2 of 5", model.stepLabelProperty().get());
        assertEquals(1, model.stepIndexProperty().get());
        assertTrue(model.writtenProperty().get());
        assertFalse(model.timedProperty().get());
        assertEquals("", model.remainingProperty().get());
        assertTrue(model.exampleProperty().get().startsWith("For example: I didn’t get the job"),
                model.exampleProperty().get());
        model.answerProperty().set("The interview on Tuesday.");
        assertTrue(model.canFinishProperty().get());

        model.next();
        assertEquals("", model.answerProperty().get(), "the next step starts empty");
        model.back();
        assertEquals("The interview on Tuesday.", model.answerProperty().get(), "going back shows what was written");
    }

    @Test
    void theTimerCountsDownWithTheClockPausesAndSaysWhenItIsDone() {
        PracticesViewModel model = model(false);
        model.open("self-compassion-letter");
        model.next();
        model.next();
        model.next();
        assertEquals("10:00", model.remainingProperty().get());

        pass(model, Duration.ofMinutes(1));
        assertEquals("10:00", model.remainingProperty().get(), "nothing counts before it is started");
        model.startTimer();
        assertTrue(model.timerRunningProperty().get());
        pass(model, Duration.ofMillis(61_500));
        assertEquals("08:59", model.remainingProperty().get());
        model.pauseTimer();
        pass(model, Duration.ofMinutes(5));
        assertEquals("08:59", model.remainingProperty().get(), "a paused timer stays where it is");
        assertFalse(model.timerDoneProperty().get());

        model.toggleTimer();
        pass(model, Duration.ofMinutes(9));
        assertEquals("00:00", model.remainingProperty().get());
        assertTrue(model.timerDoneProperty().get());
        assertFalse(model.timerRunningProperty().get());
    }

    @Test
    void theBreathingGuideMovesThroughInHoldAndOutOnItsStep() {
        PracticesViewModel model = model(false);
        model.open("paced-breathing");
        assertFalse(model.breathingProperty().get(), "the first step is about sitting comfortably");
        assertNull(model.breathingMomentProperty().get());
        assertEquals(List.of("four-four-six", "box", "gentle"), model.patterns().stream().map(p -> p.id()).toList());
        assertEquals("four-four-six", model.patternProperty().get().id());

        model.next();
        assertTrue(model.breathingProperty().get());
        model.startTimer();
        BreathingMoment start = model.breathingMomentProperty().get();
        assertEquals(new BreathingMoment("Breathe in", 4, 0.0, 1), start);
        assertEquals(PracticesViewModel.EMPTY_SCALE, model.guideScaleProperty().get(), 1e-9);

        pass(model, Duration.ofSeconds(2));
        assertEquals("Breathe in", model.breathingMomentProperty().get().part());
        assertEquals(0.5, model.breathingMomentProperty().get().fullness(), 1e-9);
        assertEquals("Breathe in · 2", model.breathingTextProperty().get());

        pass(model, Duration.ofSeconds(3));
        assertEquals(new BreathingMoment("Hold", 3, 1.0, 1), model.breathingMomentProperty().get());
        assertEquals(1.0, model.guideScaleProperty().get(), 1e-9);

        pass(model, Duration.ofSeconds(6));
        BreathingMoment out = model.breathingMomentProperty().get();
        assertEquals("Breathe out", out.part());
        assertEquals(3, out.secondsLeft());
        assertEquals(0.5, out.fullness(), 1e-9);

        pass(model, Duration.ofSeconds(3));
        assertEquals(new BreathingMoment("Breathe in", 4, 0.0, 2), model.breathingMomentProperty().get());

        // another pattern starts from a breath in
        pass(model, Duration.ofSeconds(5));
        model.patternProperty().set(model.patterns().get(2));
        assertEquals(new BreathingMoment("Breathe in", 3, 0.0, 1), model.breathingMomentProperty().get());

        model.next();
        assertFalse(model.breathingProperty().get(), "the last step lets the breath go back to its own rhythm");
        assertEquals("", model.breathingTextProperty().get());
    }

    @Test
    void withReducedMotionTheGuideKeepsToWordsAndTheCircleStaysStill() {
        PracticesViewModel model = model(true);
        model.open("paced-breathing");
        model.next();
        model.startTimer();
        pass(model, Duration.ofSeconds(2));
        assertEquals("Breathe in · 2", model.breathingTextProperty().get());
        assertEquals(1.0, model.guideScaleProperty().get(), 1e-9);
        pass(model, Duration.ofSeconds(9));
        assertEquals("Breathe out · 3", model.breathingTextProperty().get());
        assertEquals(1.0, model.guideScaleProperty().get(), 1e-9);

        model.reducedMotionProperty().set(false);
        assertEquals(PracticesViewModel.EMPTY_SCALE + (1 - PracticesViewModel.EMPTY_SCALE) * 0.5,
                model.guideScaleProperty().get(), 1e-9);
    }

    @Test
    void finishingHandsTheAnswersToTheKeeperAndOffersWhatToTryNext() {
        PracticesViewModel model = model(false);
        model.open("self-compassion-letter");
        model.finish();
        assertEquals("A few words at any one of the writing steps are enough to keep this practice.",
                model.problemProperty().get());
        assertEquals(List.of(), keeper.finishes);

        model.next();
        model.answerProperty().set("The interview.");
        model.next();
        assertEquals(1, keeper.keeps.size(), "moving on keeps a draft");
        assertNull(keeper.keeps.get(0).draftId());
        model.answerProperty().set("You always freeze.");
        model.next();
        assertEquals(2, keeper.keeps.size());
        assertEquals(1L, keeper.keeps.get(1).draftId(), "the draft made first is updated");
        model.back();
        model.next();
        assertEquals(2, keeper.keeps.size(), "nothing changed, nothing kept again");
        assertEquals("", model.problemProperty().get());

        keeper.safety = SafetyCheck.of(List.of());
        model.next();
        model.answerProperty().set("The line about months of preparing.");
        model.advance();

        assertEquals(1, keeper.finishes.size());
        FakePracticeKeeper.Call call = keeper.finishes.get(0);
        assertEquals("self-compassion-letter", call.practiceId());
        assertEquals(1L, call.draftId());
        assertEquals(List.of("The interview.", "You always freeze.", "", "The line about months of preparing."),
                call.answers().stream().map(PracticeAnswer::answer).toList());
        assertEquals("what-hurts", call.answers().get(0).promptId());
        assertTrue(model.finishedProperty().get());
        assertTrue(model.closingLineProperty().get().startsWith("Thank you for making time"), model.closingLineProperty().get());
        assertEquals(List.of(
                new NextIdea("event-not-identity", "Try next: " + JournalFixture.CONTENT.practice("event-not-identity").orElseThrow().title()),
                new NextIdea("paced-breathing", "Try next: Slow, paced breathing"),
                new NextIdea(null, "Copy the line you chose onto a note where you will see it tomorrow morning.")),
                model.nextIdeas());
        assertEquals(1, afterSave.size());

        model.open("self-compassion-letter");
        assertEquals("Step 1 of 5", model.stepLabelProperty().get(), "a finished practice starts afresh");
        model.next();
        assertEquals("", model.answerProperty().get());
    }

    @Test
    void aPracticeWithoutWritingFinishesOnceItsLastStepIsReached() {
        PracticesViewModel model = model(false);
        model.open("grounding-54321");
        model.finish();
        assertEquals(List.of(), keeper.finishes);
        while (model.next()) {
            assertEquals(List.of(), keeper.keeps, "nothing written, nothing kept");
        }
        assertTrue(model.canFinishProperty().get());
        model.finish();
        assertEquals(1, keeper.finishes.size());
        assertEquals(List.of(), keeper.finishes.get(0).answers());
    }

    @Test
    void leavingForAnotherPracticeKeepsTheDraftAndComingBackFindsIt() {
        PracticesViewModel model = model(false);
        model.open("event-not-identity");
        model.answerProperty().set("I am someone who lost their job.");
        model.open("grounding-54321");
        assertEquals(1, keeper.keeps.size());
        assertEquals("event-not-identity", keeper.keeps.get(0).practiceId());

        model.open("event-not-identity");
        assertEquals("I am someone who lost their job.", model.answerProperty().get());
    }

    @Test
    void aKeeperThatFailsSaysSoAndFinishesNothing() {
        PracticesViewModel model = model(false);
        model.open("event-not-identity");
        model.answerProperty().set("Words.");
        keeper.failure = new IllegalStateException("disk gone");
        model.finish();
        assertFalse(model.finishedProperty().get());
        assertTrue(model.problemProperty().get().startsWith("Keeping this practice didn’t work"), model.problemProperty().get());
        assertEquals(List.of(), afterSave);
    }

    @Test
    void aDraftLeftInAnEarlierSessionComesBackAndLaterKeepsUpdateIt() {
        keeper.drafts.put("self-compassion-letter", new PracticeResponse(42, "self-compassion-letter",
                LocalDate.of(2026, 3, 12), LocalTime.of(21, 5), null, null,
                List.of(new PracticeAnswer("what-hurts", "What hurts?", "The resit."))));
        PracticesViewModel model = model(false);
        model.open("self-compassion-letter");
        assertEquals("Your answers from Thursday 12 March are back, just as you left them. Carry on whenever you’re ready.",
                model.statusProperty().get());
        assertTrue(model.canFinishProperty().get());

        model.next();
        assertEquals("The resit.", model.answerProperty().get());
        model.answerProperty().set("The resit, and the letter that came after it.");
        model.next();
        assertEquals(42L, keeper.keeps.get(keeper.keeps.size() - 1).draftId(), "the same draft is carried on, not a second one");
    }

    @Test
    void aDraftDoesNotOverwriteWordsAlreadyWrittenInThisSession() {
        PracticesViewModel model = model(false);
        model.open("self-compassion-letter");
        model.next();
        model.answerProperty().set("Written today.");
        model.open("grounding-54321");
        keeper.drafts.put("self-compassion-letter", new PracticeResponse(7, "self-compassion-letter",
                LocalDate.of(2026, 3, 12), LocalTime.of(21, 5), null, null,
                List.of(new PracticeAnswer("what-hurts", "What hurts?", "Older words."))));
        model.open("self-compassion-letter");
        assertEquals("Written today.", model.answerProperty().get());
    }

    @Test
    void aSeriesSaysWhichDayItIsWithTheDaysFocusAndMovesOnWhenFinished() {
        keeper.series.put("expressive-writing", new SeriesProgress(1, 4, false));
        PracticesViewModel model = model(false);
        model.open("expressive-writing");
        assertEquals(new SeriesProgress(1, 4, false), model.seriesProperty().get());
        assertEquals("Day 2 of 4: about 15 minutes of writing today.", model.seriesTextProperty().get());
        assertEquals("Today’s focus: How it has touched the rest of your life: work, people, sleep, plans.",
                model.seriesFocusProperty().get());

        model.next();
        model.next();
        model.next();
        model.answerProperty().set("Lighter.");
        keeper.series.put("expressive-writing", new SeriesProgress(2, 4, true));
        model.finish();
        assertTrue(model.seriesTextProperty().get().startsWith("Today’s writing is kept: 2 of 4 days so far."),
                model.seriesTextProperty().get());

        keeper.series.put("expressive-writing", new SeriesProgress(4, 4, true));
        model.open("grounding-54321");
        assertEquals(null, model.seriesProperty().get(), "a practice in one sitting has no days");
        model.open("expressive-writing");
        assertTrue(model.seriesTextProperty().get().startsWith("All 4 days are written."));
        assertEquals("", model.seriesFocusProperty().get());
    }

    @Test
    void aPlanBecomesAStepWithTheTitleTheAnswersSuggest() {
        List<SafetyCheck> afterGoal = new ArrayList<>();
        PracticesViewModel model = model(false);
        model.setAfterGoal(afterGoal::add);
        model.open("reconnection-planner");
        assertEquals("reconnection-planner", model.practiceIdProperty().get());
        model.next();
        model.next();
        model.answerProperty().set("Send Priya the photo of our old street");
        model.next();
        model.finish();
        assertTrue(model.goalOfferedProperty().get());
        assertEquals("Send Priya the photo of our old street", model.goalTitleProperty().get());

        model.goalTitleProperty().set("   ");
        model.makeGoal();
        assertEquals("Give the step a few words first, so you’ll recognise it on your list.", model.problemProperty().get());
        assertTrue(keeper.goals.isEmpty());

        model.goalTitleProperty().set("Send Priya the street photo ");
        model.makeGoal();
        assertEquals(List.of(List.of("reconnection-planner", "Send Priya the street photo")), keeper.goals);
        assertFalse(model.goalOfferedProperty().get());
        assertEquals("“Send Priya the street photo” is on your Goals list now. Start whenever it suits you.",
                model.statusProperty().get());
        assertEquals(List.of(SafetyCheck.CLEAR), afterGoal);
    }

    @Test
    void aPracticeWithoutAPlanOffersNoStep() {
        PracticesViewModel model = model(false);
        model.open("grounding-54321");
        for (int i = 0; i < 5; i++) {
            model.next();
        }
        model.finish();
        assertTrue(model.finishedProperty().get());
        assertFalse(model.goalOfferedProperty().get());
    }

    @Test
    void eachPracticeLinksTheCardItNames() {
        PracticesViewModel model = model(false);
        model.open("self-compassion-letter");
        assertEquals("inner-critic", model.cardIdProperty().get());
        String title = JournalFixture.CONTENT.card("inner-critic").orElseThrow().title();
        assertEquals("Read more: " + title, model.cardLinkProperty().get());
    }

    @Test
    void ownSecondsMakeAnOwnPatternThatTheGuideFollowsFromABreathIn() {
        PracticesViewModel model = model(false);
        model.open("paced-breathing");
        model.next();
        assertEquals(4, model.inhaleProperty().get());
        assertEquals(6, model.exhaleProperty().get());
        model.startTimer();
        pass(model, Duration.ofSeconds(5));

        model.exhaleProperty().set(8);
        assertEquals("own", model.patternProperty().get().id());
        assertEquals("Your own: in 4, hold 4, out 8, rest 0", model.patternProperty().get().name());
        assertEquals(List.of("four-four-six", "box", "gentle", "own"), model.patterns().stream().map(p -> p.id()).toList());
        assertEquals(new BreathingMoment("Breathe in", 4, 0.0, 1), model.breathingMomentProperty().get());
        pass(model, Duration.ofSeconds(9));
        assertEquals("Breathe out", model.breathingMomentProperty().get().part());
        assertEquals(7, model.breathingMomentProperty().get().secondsLeft());

        model.inhaleProperty().set(99);
        assertEquals(PracticesViewModel.LONGEST_PART, model.patternProperty().get().inhale(), "kept within reach");
        assertEquals(4, model.patterns().size(), "one own pattern, changed, not a new one each time");

        model.patternProperty().set(model.patterns().get(1));
        assertEquals(4, model.exhaleProperty().get(), "choosing a pattern shows its seconds");
        assertEquals(4, model.holdOutProperty().get());
    }

    @Test
    void mmSsCountsMinutesAndSeconds() {
        assertEquals("10:00", PracticesViewModel.clockText(600));
        assertEquals("01:05", PracticesViewModel.clockText(65));
        assertEquals("00:00", PracticesViewModel.clockText(0));
    }
}
