package app.groundwork.ui.reframe;

import static app.groundwork.service.JournalFixture.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.TrapChoice;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReframeViewModelTest {
    @TempDir
    Path dataDir;
    private JournalSession session;
    private ReframeViewModel record;
    private final AtomicInteger supportOpened = new AtomicInteger();

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        record = newModel();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ReframeViewModel newModel() {
        ReframeViewModel model = new ReframeViewModel(session.reframes(), JournalFixture.CONTENT,
                session.reframes()::suggest, Runnable::run, CLOCK);
        model.setOpenSupport(supportOpened::incrementAndGet);
        return model;
    }

    private Reframe stored() {
        return session.reframes().find(record.recordIdProperty().get()).join().orElseThrow();
    }

    @Test
    void nothingIsStoredUntilSomethingIsTyped() {
        record.next().join();

        assertNull(record.recordIdProperty().get());
        assertEquals(List.of(), session.reframes().inProgress().join());
    }

    @Test
    void theRecordIsKeptFromTheFirstWordsAndEveryStepMoveKeepsWhereThePersonIs() {
        record.situationProperty().set("My manager said the report missed the point.");
        record.keep().join();
        long id = record.recordIdProperty().get();

        record.next().join();
        record.thoughtProperty().set("I always get everything wrong");
        record.next().join();

        assertEquals(id, record.recordIdProperty().get());
        assertEquals(ReframeStep.BEFORE, stored().step());
        assertEquals("I always get everything wrong", stored().content().thought());
        assertTrue(record.keptStatusProperty().get().startsWith("Kept at"), record.keptStatusProperty().get());
    }

    @Test
    void suggestionsComeWithTheirWordsAndOnlyTheOnesSaidYesToAreStored() {
        record.thoughtProperty().set("I'm such an idiot, I always ruin everything");
        record.goTo(ReframeStep.TRAPS).join();

        List<String> offered = record.suggestions().stream().map(pick -> pick.choice().trap()).toList();
        assertTrue(offered.contains("labeling"), offered::toString);
        assertTrue(offered.contains("overgeneralizing"), offered::toString);
        TrapPick labeling = record.suggestions().stream().filter(pick -> pick.choice().trap().equals("labeling"))
                .findFirst().orElseThrow();
        assertFalse(labeling.because().isEmpty());
        assertTrue(labeling.because().stream().anyMatch(word -> word.contains("idiot")), labeling.because()::toString);

        record.acceptSuggestion(labeling);
        TrapPick always = record.suggestions().stream().filter(pick -> pick.choice().trap().equals("overgeneralizing"))
                .findFirst().orElseThrow();
        record.declineSuggestion(always);
        record.toggleTrap("catastrophizing");
        record.addCustomTrap("Rewriting history");
        record.next().join();

        assertEquals(List.of(TrapChoice.known("labeling", true), TrapChoice.known("catastrophizing", false),
                TrapChoice.custom("Rewriting history")), stored().content().traps());

        record.goTo(ReframeStep.TRAPS).join();
        List<String> offeredAgain = record.suggestions().stream().map(pick -> pick.choice().trap()).toList();
        assertFalse(offeredAgain.contains("overgeneralizing"), "a no is not asked again: " + offeredAgain);
        assertFalse(offeredAgain.contains("labeling"), "a yes is not asked again: " + offeredAgain);
    }

    @Test
    void aNeutralThoughtGetsNoSuggestions() {
        record.thoughtProperty().set("I'm sad we broke up");
        record.goTo(ReframeStep.TRAPS).join();

        assertEquals(List.of(), record.suggestions());
    }

    @Test
    void theLastStepOffersTheFirstFeelingsAgainAndFinishingSummarisesTheChange() {
        record.thoughtProperty().set("Nobody will ever want to hire me");
        record.toggleEmotion(false, "shame");
        record.emotionsBefore().get(0).intensityProperty().set(80);
        record.beliefBeforeProperty().set(90);
        record.alternativeProperty().set("One panel said no. Other doors are still open.");
        record.goTo(ReframeStep.AFTER).join();

        assertEquals(1, record.emotionsAfter().size());
        assertEquals(80, record.emotionsAfter().get(0).intensityProperty().get());
        assertEquals(90, record.beliefAfterProperty().get());

        record.emotionsAfter().get(0).intensityProperty().set(50);
        record.beliefAfterProperty().set(40);
        Reframe done = record.finish().join().orElseThrow();

        assertTrue(done.finished());
        assertEquals(List.of(EmotionRating.known("shame", 50)), done.content().emotionsAfter());
        assertEquals(JournalFixture.TODAY.plusDays(ReframeViewModel.DEFAULT_FOLLOW_UP_DAYS), done.followUp().due());
        String summary = record.finishedSummary();
        assertTrue(summary.contains("90") && summary.contains("40"), summary);
        assertTrue(summary.contains("30 points"), summary);
    }

    @Test
    void finishingWithoutAKinderAnswerSaysSoAndGoesToThatStep() {
        record.thoughtProperty().set("I should have seen it coming");
        record.goTo(ReframeStep.AFTER).join();

        assertTrue(record.finish().join().isEmpty());

        assertEquals(ReframeStep.ALTERNATIVE, record.stepProperty().get());
        assertTrue(record.problemProperty().get().startsWith("A kinder answer"), record.problemProperty().get());
        assertNull(record.finishedProperty().get());
        assertFalse(stored().finished());
    }

    @Test
    void anUnfinishedRecordIsOfferedAgainAndOpensWhereItWasLeft() {
        record.thoughtProperty().set("Everyone thinks I'm a fraud");
        record.goTo(ReframeStep.EVIDENCE).join();
        record.evidenceForProperty().set("I stumbled in the meeting.");
        record.keep().join();
        long id = record.recordIdProperty().get();

        ReframeViewModel later = newModel();
        later.refresh().join();
        assertEquals(List.of(id), later.inProgress().stream().map(Reframe::id).toList());

        later.open(id).join();

        assertEquals(ReframeStep.EVIDENCE, later.stepProperty().get());
        assertEquals("Everyone thinks I'm a fraud", later.thoughtProperty().get());
        assertEquals("I stumbled in the meeting.", later.evidenceForProperty().get());
        assertEquals(List.of(), later.inProgress(), "the record on screen is not offered twice");
    }

    @Test
    void wordsOfCrisisOpenSupportOnceWhenMovingOnNotWhileTyping() {
        record.thoughtProperty().set("There's no reason to live after this");
        record.keep().join();
        assertEquals(0, supportOpened.get());

        record.next().join();
        assertEquals(1, supportOpened.get());

        record.next().join();
        assertEquals(1, supportOpened.get(), "the same words do not open it again");
        assertEquals("There's no reason to live after this", stored().content().thought());
    }

    @Test
    void startingAnewClearsTheScreenAndKeepsTheOldRecord() {
        record.thoughtProperty().set("I made a mess of the presentation");
        record.keep().join();
        long first = record.recordIdProperty().get();

        record.startNew().join();

        assertNull(record.recordIdProperty().get());
        assertEquals("", record.thoughtProperty().get());
        assertEquals(ReframeStep.SITUATION, record.stepProperty().get());
        assertEquals(List.of(first), record.inProgress().stream().map(Reframe::id).toList());
    }

    @Test
    void aRecordDeletedInTheJournalWhileOpenIsKeptAsANewOneRatherThanLost() {
        record.thoughtProperty().set("I let the whole team down");
        record.keep().join();
        long first = record.recordIdProperty().get();
        session.journal().delete(first).join();

        record.evidenceForProperty().set("The deadline moved twice.");
        record.keep().join();
        assertNull(record.recordIdProperty().get());
        assertTrue(record.problemProperty().get().startsWith("This record was deleted"), record.problemProperty().get());

        record.keep().join();

        Reframe kept = stored();
        assertTrue(kept.id() != first);
        assertEquals("I let the whole team down", kept.content().thought());
        assertEquals("The deadline moved twice.", kept.content().evidenceFor());
    }
}
