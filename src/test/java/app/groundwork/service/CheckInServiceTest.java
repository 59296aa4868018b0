package app.groundwork.service;

import static app.groundwork.service.JournalFixture.TODAY;
import static app.groundwork.service.JournalFixture.checkIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckIn;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.CheckInDraft;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.Saved;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckInServiceTest {
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

    @Test
    void wordsOfCrisisAreStoredAsWrittenAndNamedInTheResult() {
        CheckInContent content = new CheckInContent(TODAY, LocalTime.of(22, 10), 2, null, null, null,
                List.of(EmotionRating.custom("wanting to disappear forever", 80)), List.of(), List.of(),
                "The exam is killing me. Honestly I can’t go on like this.", List.of("no reason to live"));

        Saved<CheckIn> saved = session.checkIns().save(content).join();

        assertTrue(saved.safety().flagged());
        assertEquals(List.of("can’t go on", "no reason to live", "disappear forever"),
                saved.safety().matchedPhrases());
        assertEquals(content.note(), session.checkIns().find(saved.entry().id()).join().orElseThrow().content().note());
    }

    @Test
    void everydayIdiomIsSavedWithoutAFlag() {
        Saved<CheckIn> saved = session.checkIns().save(checkIn(TODAY, 4, "Dead tired, and this deadline is killing me.")).join();

        assertFalse(saved.safety().flagged());
    }

    @Test
    void everyFieldRoundTripsExactly() {
        String note = "Exam results today 😔\nمرحبا — שלום\nCafe\u0301 e\u0301te\u0301 ✨ 日本語のメモ\tend";
        CheckInContent content = new CheckInContent(TODAY, LocalTime.of(7, 5), 3, 2, 1, 5.5,
                List.of(EmotionRating.known("embarrassment", 80), EmotionRating.custom("restless 🌀", 40)),
                List.of(BodySignalMark.known("tight-chest"), BodySignalMark.custom("jaw clenched")),
                List.of("study", "money"), note, List.of("exam", "résumé", "家族"));

        CheckIn saved = session.checkIns().save(content).join().entry();
        CheckIn found = session.checkIns().find(saved.id()).join().orElseThrow();

        assertEquals(content, found.content());
        assertEquals(List.of(note.getBytes(StandardCharsets.UTF_8).length),
                List.of(found.content().note().getBytes(StandardCharsets.UTF_8).length));
        assertEquals(note, found.content().note());
    }

    @Test
    void aRefusedCheckInNamesEveryFieldAndStoresNothing() {
        CheckInContent bad = new CheckInContent(TODAY.plusDays(1), LocalTime.NOON, 11, null, null, null,
                List.of(EmotionRating.known("shamee", 50)), List.of(), List.of(), "x".repeat(1_048_576), List.of());

        CompletionException failure = assertThrows(CompletionException.class, () -> session.checkIns().save(bad).join());
        InvalidEntryException invalid = assertInstanceOf(InvalidEntryException.class, failure.getCause());

        assertEquals(List.of("date", "mood", "emotions", "note"), invalid.problems().stream().map(FieldProblem::field).toList());
        assertTrue(session.journal().find(JournalQuery.everything()).join().isEmpty());
    }

    @Test
    void editingKeepsTheIdAndCreationTime() {
        CheckIn saved = session.checkIns().save(checkIn(TODAY, 4, "first words")).join().entry();
        CheckInContent changed = checkIn(TODAY, 6, "second thoughts", "walk");

        CheckIn updated = session.checkIns().update(saved.id(), changed).join().orElseThrow().entry();

        assertEquals(saved.id(), updated.id());
        assertEquals(saved.createdAt(), updated.createdAt());
        assertEquals(changed, updated.content());
        assertEquals(1, session.journal().find(JournalQuery.text("second")).join().size());
        assertTrue(session.journal().find(JournalQuery.text("first")).join().isEmpty(), "old words leave the index");
    }

    @Test
    void severalCheckInsADayAreKept() {
        session.checkIns().save(checkIn(TODAY, 3, "morning")).join();
        session.checkIns().save(checkIn(TODAY, 5, "evening")).join();

        assertEquals(2, session.checkIns().countToday().join());
    }

    @Test
    void aDraftSurvivesClosingTheJournalAndGoesOnceSaved() {
        CheckInDraft draft = new CheckInDraft(null, TODAY, null, 4, null, null, null,
                List.of(EmotionRating.known("grief", 60)), List.of(), List.of("relationship"),
                "half a sentence about the", "breakup", Instant.parse("2026-03-14T18:29:00Z"));
        session.checkIns().keepDraft(draft).join();
        session.close();

        session = JournalFixture.openSession(dataDir);
        assertEquals(draft, session.checkIns().draft().join().orElseThrow());

        session.checkIns().save(checkIn(TODAY, 4, "half a sentence about the end")).join();
        assertTrue(session.checkIns().draft().join().isEmpty());
    }

    @Test
    void anEmptyDraftLeavesNothingBehind() {
        session.checkIns().keepDraft(new CheckInDraft(null, TODAY, null, 5, null, null, null, List.of(), List.of(), List.of(),
                "", "", Instant.EPOCH)).join();
        session.checkIns().keepDraft(new CheckInDraft(null, TODAY, null, null, null, null, null, List.of(), List.of(), List.of(),
                "  ", "", Instant.EPOCH)).join();

        assertTrue(session.checkIns().draft().join().isEmpty());
    }
}
