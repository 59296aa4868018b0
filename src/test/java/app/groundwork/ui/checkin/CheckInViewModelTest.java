package app.groundwork.ui.checkin;

import static app.groundwork.service.JournalFixture.CLOCK;
import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.CheckIn;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.insight.CheckInResponder;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckInViewModelTest {
    private static final ContentLibrary CONTENT = ContentLibrary.loadBundled();

    @TempDir
    Path dataDir;
    private JournalSession session;
    private CheckInViewModel form;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        form = newForm();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private CheckInViewModel newForm() {
        return new CheckInViewModel(session.checkIns(), CONTENT, new CheckInResponder(CONTENT), Runnable::run, CLOCK);
    }

    private List<JournalEntry> journal() {
        return session.journal().find(JournalQuery.everything()).join();
    }

    @Test
    void aCheckInNeedsOnlyAMood() {
        form.save().join();
        assertTrue(form.problemProperty().get().startsWith("Mood"), form.problemProperty().get());
        assertTrue(journal().isEmpty());

        form.moodProperty().set(6);
        assertTrue(form.save().join().isPresent());
        assertEquals(1, journal().size());
    }

    @Test
    void savingStoresEveryFieldClearsTheFormAndReplies() {
        form.moodProperty().set(3);
        form.selfTrustProperty().set(2);
        form.energyProperty().set(2);
        form.sleepHoursProperty().set(5.5);
        form.toggleEmotion("shame");
        form.emotions().get(0).intensityProperty().set(85);
        assertTrue(form.addCustomEmotion("hollow"));
        form.toggleBodySignal("urge-to-hide");
        assertTrue(form.addCustomBodySignal("jaw clenched"));
        form.toggleLifeArea("study");
        form.noteProperty().set("Failed the resit. Told nobody yet.");
        form.tagsTextProperty().set("exam, #resit");

        CheckIn saved = form.save().join().orElseThrow();

        assertEquals(3, saved.content().mood());
        assertEquals(List.of(EmotionRating.known("shame", 85), EmotionRating.custom("hollow", 50)), saved.content().emotions());
        assertEquals(List.of("exam", "resit"), saved.content().tags());
        assertEquals(List.of("study"), saved.content().lifeAreas());
        assertNotNull(form.replyProperty().get());
        assertTrue(form.replyProperty().get().matchedOn().contains("shame"), form.replyProperty().get().matchedOn());
        assertNull(form.moodProperty().get());
        assertEquals("", form.noteProperty().get());
        assertTrue(form.emotions().isEmpty());
    }

    @Test
    void aRefusedCheckInNamesTheFieldAndKeepsWhatWasTyped() {
        form.moodProperty().set(5);
        form.dateProperty().set(TODAY.plusDays(2));
        form.noteProperty().set("written ahead");

        assertTrue(form.save().join().isEmpty());

        assertTrue(form.problemProperty().get().startsWith("Day:"), form.problemProperty().get());
        assertEquals(List.of("date"), form.problemFields());
        assertEquals("written ahead", form.noteProperty().get());
        assertTrue(journal().isEmpty());
    }

    @Test
    void aBlankOrRepeatedOwnEmotionIsExplained() {
        assertFalse(form.addCustomEmotion("   "));
        assertTrue(form.problemProperty().get().startsWith("Emotions"));
        assertTrue(form.addCustomEmotion("restless"));
        assertFalse(form.addCustomEmotion("Restless"));
        assertEquals(1, form.emotions().size());
    }

    @Test
    void whatWasTypedComesBackAfterARestart() {
        form.moodProperty().set(4);
        form.toggleEmotion("grief");
        form.noteProperty().set("the flat is so quiet without");
        form.keepDraft().join();
        assertTrue(form.draftStatusProperty().get().startsWith("Draft kept"));

        CheckInViewModel afterRestart = newForm();
        afterRestart.checkForDraft().join();
        assertNotNull(afterRestart.offeredDraftProperty().get());
        afterRestart.continueDraft();

        assertEquals(4, afterRestart.moodProperty().get());
        assertEquals("the flat is so quiet without", afterRestart.noteProperty().get());
        assertTrue(afterRestart.hasEmotion("grief"));
    }

    @Test
    void anUntouchedFormNeverOverwritesADraftOnOffer() {
        form.noteProperty().set("keep this");
        form.keepDraft().join();

        CheckInViewModel untouched = newForm();
        untouched.keepDraft().join();

        assertEquals("keep this", session.checkIns().draft().join().orElseThrow().note());
    }

    @Test
    void lettingADraftGoRemovesIt() {
        form.noteProperty().set("not today");
        form.keepDraft().join();
        CheckInViewModel next = newForm();
        next.checkForDraft().join();

        next.letDraftGo().join();

        assertNull(next.offeredDraftProperty().get());
        assertTrue(session.checkIns().draft().join().isEmpty());
    }

    @Test
    void openingAnOldCheckInWhileWritingANewOneKeepsTheNewOne() {
        form.moodProperty().set(6);
        form.noteProperty().set("an old one");
        long old = form.save().join().orElseThrow().id();
        form.moodProperty().set(3);
        form.noteProperty().set("half written, not saved");

        form.edit(old).join();
        assertEquals("an old one", form.noteProperty().get());
        form.noteProperty().set("an old one, corrected");
        form.save().join();

        assertNotNull(form.offeredDraftProperty().get(), "the new check-in is offered back once the edit is done");
        form.continueDraft();
        assertEquals("half written, not saved", form.noteProperty().get());
        assertEquals(3, form.moodProperty().get());
        assertNull(form.editingIdProperty().get());
        assertEquals("an old one, corrected", session.checkIns().find(old).join().orElseThrow().content().note());
    }

    @Test
    void anEditContinuedAfterARestartKeepsTheEntrysPlaceInTheDay() {
        CheckIn saved = session.checkIns().save(new app.groundwork.domain.CheckInContent(TODAY, java.time.LocalTime.of(7, 40),
                5, null, null, null, List.of(), List.of(), List.of(), "early", List.of())).join().entry();
        form.edit(saved.id()).join();
        form.noteProperty().set("early, and honest about it");
        form.keepDraft().join();

        CheckInViewModel afterRestart = newForm();
        afterRestart.checkForDraft().join();
        assertEquals(saved.id(), afterRestart.offeredDraftProperty().get().editingId());
        afterRestart.continueDraft();
        assertTrue(afterRestart.save().join().isPresent(), afterRestart.problemProperty().get());

        CheckIn updated = session.checkIns().find(saved.id()).join().orElseThrow();
        assertEquals(java.time.LocalTime.of(7, 40), updated.content().time());
        assertEquals("early, and honest about it", updated.content().note());
    }

    @Test
    void leavingAnEditUnsavedDropsOnlyTheEdit() {
        form.moodProperty().set(4);
        long id = form.save().join().orElseThrow().id();
        form.noteProperty().set("new words");
        form.keepDraft().join();
        form.edit(id).join();
        form.noteProperty().set("edit I change my mind about");
        form.keepDraft().join();

        form.startNew().join();

        assertNull(form.editingIdProperty().get());
        assertEquals("new words", form.offeredDraftProperty().get().note());
        assertEquals(1, journal().size());
    }

    @Test
    void editingChangesTheSameEntry() {
        form.moodProperty().set(3);
        form.noteProperty().set("first version");
        long id = form.save().join().orElseThrow().id();

        form.edit(id).join();
        assertEquals(id, form.editingIdProperty().get());
        assertEquals("first version", form.noteProperty().get());
        form.noteProperty().set("second version");
        form.save().join();

        assertEquals(1, journal().size());
        assertEquals("second version", session.checkIns().find(id).join().orElseThrow().content().note());
        assertNull(form.editingIdProperty().get());
    }
}
