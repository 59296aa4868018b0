package app.groundwork.service;

import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.FollowUp;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStats;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.TrapStats;
import app.groundwork.domain.Saved;
import app.groundwork.domain.TrapChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReframeServiceTest {
    private static final ReframeContent WHOLE = new ReframeContent(
            "The panel said no after the final interview.",
            "I’m useless, nobody will ever hire me.",
            List.of(EmotionRating.known("shame", 80), EmotionRating.custom("gutted", 70)), 90,
            List.of(TrapChoice.known("labeling", true), TrapChoice.known("fortune-telling", true),
                    TrapChoice.custom("Doom scrolling my CV")),
            "They chose someone else.",
            "I reached the final round out of two hundred people.",
            "One no is not every no; you got further than most.",
            "This is one interview that went another way, not a verdict on me.",
            List.of(EmotionRating.known("shame", 40), EmotionRating.custom("gutted", 50)), 35,
            3);

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
    void anEmptyNewRecordIsNotStored() {
        assertEquals(Optional.empty(), session.reframes().keep(null, ReframeContent.EMPTY, ReframeStep.SITUATION).join());
        assertEquals(List.of(), session.reframes().inProgress().join());
        assertEquals(List.of(), journal());
    }

    @Test
    void aRecordIsKeptFromItsFirstWordsAndResumesWhereItWasLeft() {
        ReframeContent begun = ReframeContent.EMPTY.withThought("I always mess things up");
        Reframe kept = session.reframes().keep(null, begun, ReframeStep.THOUGHT).join().orElseThrow().entry();

        ReframeContent more = WHOLE.withThought("I always mess things up");
        session.reframes().keep(kept.id(), more, ReframeStep.EVIDENCE).join();

        Reframe stored = session.reframes().find(kept.id()).join().orElseThrow();
        assertEquals(more, stored.content());
        assertEquals(ReframeStep.EVIDENCE, stored.step());
        assertFalse(stored.finished());
        assertEquals(TODAY, stored.date());
        assertEquals(LocalTime.of(18, 30), stored.time());
        assertEquals(List.of(stored), session.reframes().inProgress().join());
    }

    @Test
    void everyFieldRoundTripsThroughTheFileExactly() {
        Reframe finished = session.reframes().finish(null, WHOLE).join().entry();

        Reframe stored = session.reframes().find(finished.id()).join().orElseThrow();
        assertEquals(WHOLE, stored.content());
        assertEquals(ReframeStep.AFTER, stored.step());
        assertEquals(Instant.parse("2026-03-14T18:30:00Z"), stored.finishedAt());
        assertEquals(new FollowUp(TODAY.plusDays(3), null, null), stored.followUp());
        assertEquals(List.of(), session.reframes().inProgress().join());
    }

    @Test
    void theJournalListsTheRecordByItsThoughtWithTheWholeRecordAttached() {
        session.checkIns().save(JournalFixture.checkIn(TODAY, 5, "A plain day")).join();
        Reframe finished = session.reframes().finish(null, WHOLE).join().entry();

        List<JournalEntry> entries = journal();

        JournalEntry entry = entries.stream().filter(e -> e.type() == EntryType.REFRAME).findFirst().orElseThrow();
        assertEquals(WHOLE.thought(), entry.note());
        assertEquals(finished.id(), entry.reframe().id());
        assertEquals(WHOLE, entry.reframe().content());
        assertNull(entries.stream().filter(e -> e.type() == EntryType.CHECKIN).findFirst().orElseThrow().reframe());
    }

    @Test
    void searchFindsEveryTextOfTheRecordAndItsTrapsAndOwnWords() {
        long id = session.reframes().finish(null, WHOLE).join().entry().id();

        for (String words : List.of("panel", "two hundred", "verdict", "further than most", "fortune-telling",
                "Doom scrolling", "gutted")) {
            List<JournalEntry> found = session.journal().find(JournalQuery.text(words)).join();
            assertEquals(List.of(id), found.stream().map(JournalEntry::id).toList(), words);
        }
    }

    @Test
    void changingARecordReplacesItsIndexedWords() {
        long id = session.reframes().keep(null, WHOLE, ReframeStep.AFTER).join().orElseThrow().entry().id();

        session.reframes().keep(id, WHOLE.withThought("Nothing ever works out for me"), ReframeStep.AFTER).join();

        assertEquals(List.of(), session.journal().find(JournalQuery.text("useless")).join());
        assertEquals(1, session.journal().find(JournalQuery.text("works out")).join().size());
    }

    @Test
    void finishingNeedsTheThoughtAndAKinderAnswerAndChangesNothingWithout() {
        ReframeContent noAnswer = new ReframeContent("", "I’m a fraud", List.of(), 80, List.of(), "", "", "", " ",
                List.of(), null, null);
        long id = session.reframes().keep(null, noAnswer, ReframeStep.ALTERNATIVE).join().orElseThrow().entry().id();

        CompletionException refused = assertThrows(CompletionException.class,
                () -> session.reframes().finish(id, noAnswer).join());

        InvalidEntryException problems = assertInstanceOf(InvalidEntryException.class, refused.getCause());
        assertEquals(List.of(FieldProblem.of("alternative", "problem.reframe.alternativeNeeded")), problems.problems());
        Reframe stored = session.reframes().find(id).join().orElseThrow();
        assertFalse(stored.finished());
        assertEquals(ReframeStep.ALTERNATIVE, stored.step());
    }

    @Test
    void ratingsOutsideTheScaleAndUnknownTrapsAreRefusedByField() {
        ReframeContent wrong = new ReframeContent("", "I ruin everything", List.of(EmotionRating.known("shame", 140)),
                120, List.of(TrapChoice.known("doom", false), TrapChoice.custom("  ")), "", "", "", "", List.of(), null, 0);

        CompletionException refused = assertThrows(CompletionException.class,
                () -> session.reframes().keep(null, wrong, ReframeStep.BEFORE).join());

        InvalidEntryException problems = assertInstanceOf(InvalidEntryException.class, refused.getCause());
        assertEquals(List.of("emotionsBefore", "beliefBefore", "traps", "traps", "followUpDays"),
                problems.problems().stream().map(FieldProblem::field).toList());
        assertEquals(List.of(), journal());
    }

    @Test
    void wordsOfCrisisAnywhereInTheRecordAreNamedAfterTheSave() {
        ReframeContent hard = new ReframeContent("", "I’m a burden to everyone", List.of(), null, List.of(),
                "Some days I feel there’s no reason to live.", "", "", "", List.of(), null, null);

        Saved<Reframe> saved = session.reframes().keep(null, hard, ReframeStep.EVIDENCE).join().orElseThrow();

        assertTrue(saved.safety().flagged());
        assertTrue(saved.safety().matchedPhrases().contains("no reason to live"), saved.safety().matchedPhrases()::toString);
        assertEquals(hard, session.reframes().find(saved.entry().id()).join().orElseThrow().content());
    }

    @Test
    void startingFromAThoughtAloneIsReadyForTheFeelings() {
        Saved<Reframe> started = session.reframes().start("Everyone can tell I’m out of my depth").join();

        assertEquals(ReframeStep.BEFORE, started.entry().step());
        assertEquals("Everyone can tell I’m out of my depth", started.entry().content().thought());
        assertFalse(started.safety().flagged());
        CompletionException refused = assertThrows(CompletionException.class, () -> session.reframes().start("  ").join());
        assertEquals(List.of(FieldProblem.of("thought", "problem.reframe.thoughtNeeded")),
                ((InvalidEntryException) refused.getCause()).problems());
    }

    @Test
    void theLookBackFallsDueAfterTheChosenDaysAndClosesOnce() {
        long id = session.reframes().finish(null, WHOLE).join().entry().id();
        assertEquals(List.of(), session.reframes().followUpsDue().join());
        session.close();

        session = JournalFixture.openSession(dataDir, Clock.fixed(Instant.parse("2026-03-17T08:00:00Z"), ZoneOffset.UTC));
        assertEquals(List.of(id), session.reframes().followUpsDue().join().stream().map(Reframe::id).toList());

        Reframe answered = session.reframes().answerFollowUp(id, 20).join().orElseThrow();

        assertEquals(new FollowUp(TODAY.plusDays(3), 20, TODAY.plusDays(3)), answered.followUp());
        assertEquals(List.of(), session.reframes().followUpsDue().join());
        assertEquals(Optional.empty(), session.reframes().letFollowUpGo(id).join());
    }

    @Test
    void aLookBackLetGoIsClosedWithoutAnAnswer() {
        ReframeContent soon = new ReframeContent("", "I should be over this", List.of(), 70, List.of(), "", "", "",
                "Healing takes the time it takes.", List.of(), 40, 1);
        long id = session.reframes().finish(null, soon).join().entry().id();
        session.close();
        session = JournalFixture.openSession(dataDir, Clock.fixed(Instant.parse("2026-03-20T08:00:00Z"), ZoneOffset.UTC));

        Reframe closed = session.reframes().letFollowUpGo(id).join().orElseThrow();

        assertNull(closed.followUp().belief());
        assertTrue(closed.followUp().answered());
        assertEquals(List.of(), session.reframes().followUpsDue().join());
    }

    @Test
    void editingAFinishedRecordKeepsWhenItWasFinishedAndItsAnsweredLookBack() {
        long id = session.reframes().finish(null, WHOLE).join().entry().id();
        session.close();
        session = JournalFixture.openSession(dataDir, Clock.fixed(Instant.parse("2026-03-18T08:00:00Z"), ZoneOffset.UTC));
        session.reframes().answerFollowUp(id, 25).join();

        Reframe edited = session.reframes().finish(id, WHOLE.withThought("I’m useless at interviews")).join().entry();

        assertEquals(Instant.parse("2026-03-14T18:30:00Z"), edited.finishedAt());
        assertEquals(new FollowUp(TODAY.plusDays(3), 25, TODAY.plusDays(4)), edited.followUp());
        assertEquals(TODAY, edited.date());
    }

    @Test
    void aDeletedRecordLeavesTheListsAndOwnTrapNamesAreOfferedAgain() {
        long first = session.reframes().keep(null, WHOLE, ReframeStep.AFTER).join().orElseThrow().entry().id();
        session.reframes().finish(null, WHOLE).join();
        assertEquals(List.of("Doom scrolling my CV"), session.reframes().customTraps().join());

        session.journal().delete(first).join();

        assertEquals(List.of(), session.reframes().inProgress().join());
        assertEquals(Optional.empty(), session.reframes().find(first).join());
        assertEquals(Optional.empty(), session.reframes().keep(first, WHOLE, ReframeStep.AFTER).join());
    }

    @Test
    void manyFinishedRecordsAreStoredTogetherAndListedByDate() {
        Reframe older = new Reframe(0, TODAY.minusDays(10), LocalTime.of(21, 5), WHOLE, ReframeStep.AFTER,
                Instant.parse("2026-03-04T21:30:00Z"), null);
        Reframe newer = new Reframe(0, TODAY.minusDays(2), LocalTime.of(7, 40), WHOLE, ReframeStep.AFTER,
                Instant.parse("2026-03-12T08:00:00Z"), new FollowUp(TODAY.plusDays(1), null, null));

        assertEquals(2, session.reframes().saveAll(List.of(newer, older)).join());

        List<Reframe> listed = session.reframes().finishedBetween(TODAY.minusDays(30), TODAY).join();
        assertEquals(List.of(TODAY.minusDays(10), TODAY.minusDays(2)), listed.stream().map(Reframe::date).toList());
        assertEquals(1, session.reframes().finishedBetween(TODAY.minusDays(5), TODAY).join().size());
    }

    private List<JournalEntry> journal() {
        return session.journal().find(JournalQuery.everything()).join();
    }

    @Test
    void insightsForARangeCountFinishedRecordsAndTheirDrops() {
        ReframeContent other = new ReframeContent("", "I should have known better", List.of(EmotionRating.known("shame", 60)),
                70, List.of(TrapChoice.known("should-statements", false), TrapChoice.known("labeling", false)), "", "",
                "", "I did what I could with what I knew then.", List.of(EmotionRating.known("shame", 50)), 60, null);
        session.reframes().finish(null, WHOLE).join();
        session.reframes().finish(null, other).join();
        session.reframes().keep(null, WHOLE, ReframeStep.TRAPS).join();

        ReframeStats stats = session.reframes().insights(TODAY.minusDays(7), TODAY).join();

        assertEquals(2, stats.done());
        // belief: 90 → 35 and 70 → 60; distress: (40 + 20) / 2 = 30 and 10
        assertEquals(32.5, stats.meanBeliefDrop().getAsDouble(), 1e-9);
        assertEquals(20.0, stats.meanDistressDrop().getAsDouble(), 1e-9);
        TrapStats labeling = stats.mostFrequent(1).get(0);
        assertEquals("labeling", labeling.trap());
        assertEquals(2, labeling.count());
        assertEquals(32.5, labeling.meanBeliefDrop().getAsDouble(), 1e-9);
        assertEquals(0, session.reframes().insights(TODAY.plusDays(1), TODAY.plusDays(3)).join().done());
    }
}
