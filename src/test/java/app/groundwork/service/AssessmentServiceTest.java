package app.groundwork.service;

import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalPreferences;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.domain.TakenAssessment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentServiceTest {
    @TempDir
    Path dataDir;
    private JournalSession session;
    private AssessmentService assessments;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        assessments = session.assessments();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static SavedAssessment takenOn(LocalDate date, Instrument instrument, List<Integer> answers) {
        return new SavedAssessment(1, date, LocalTime.NOON, AssessmentScoring.score(instrument, answers));
    }

    @Test
    void scoringIsPureAndRefusesWhatCannotBeScored() {
        AssessmentScore score = assessments.score(Instrument.WHO5, List.of(3, 4, 2, 3, 4));
        assertEquals(64.0, score.score());
        InvalidEntryException refused = assertThrows(InvalidEntryException.class,
                () -> assessments.score(Instrument.GAD7, List.of(1, 1, 1)));
        assertEquals("problem.answerCount", refused.problems().get(0).key());
        assertEquals(List.of(), session.journal().find(JournalQuery.everything()).join());
    }

    @Test
    void savingDatesTheEntryNowAndItIsListedInTheJournal() {
        SavedAssessment saved = assessments.save(Instrument.PHQ9, List.of(1, 1, 1, 1, 1, 1, 1, 0, 0)).join();

        assertEquals(TODAY, saved.date());
        assertEquals(LocalTime.of(18, 30), saved.time());
        assertEquals(7.0, saved.score().score());
        assertEquals(Optional.of("mild"), saved.score().band());
        assertEquals(List.of(saved), assessments.history(Instrument.PHQ9).join());

        JournalEntry listed = session.journal().find(JournalQuery.everything()).join().get(0);
        assertEquals(saved.entryId(), listed.id());
        assertEquals(EntryType.ASSESSMENT, listed.type());
        assertEquals(Instrument.PHQ9, listed.assessment().instrument());
        assertEquals("", listed.note());
    }

    @Test
    void savedAssessmentsAreFoundByTheirNamesInSearch() {
        SavedAssessment who5 = assessments.save(Instrument.WHO5, List.of(3, 3, 3, 3, 3)).join();
        assessments.save(Instrument.SCSSF, List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3)).join();

        List<JournalEntry> found = session.journal().find(JournalQuery.text("well-being")).join();
        assertEquals(List.of(who5.entryId()), found.stream().map(JournalEntry::id).toList());
        assertEquals(1, session.journal().find(JournalQuery.text("self-compassion")).join().size());
    }

    @Test
    void refusedAnswersFailTheFutureAndWriteNothing() {
        CompletionException failed = assertThrows(CompletionException.class,
                () -> assessments.save(Instrument.RSES, List.of(0, 1, 2, 3, 4, 0, 1, 2, 3, 0)).join());
        InvalidEntryException refused = (InvalidEntryException) failed.getCause();
        assertEquals("problem.answerRange", refused.problems().get(0).key());
        assertEquals(List.of(5, 4, "RSES", 0, 3), refused.problems().get(0).args());
        assertEquals(List.of(), session.journal().find(JournalQuery.everything()).join());
        assertEquals(Map.of(), assessments.latestOfEach().join());
    }

    @Test
    void latestOfEachAndHistoryLeaveOutDeletedEntries() {
        SavedAssessment first = assessments.save(Instrument.GAD7, List.of(2, 2, 2, 2, 2, 2, 2)).join();
        SavedAssessment second = assessments.save(Instrument.GAD7, List.of(1, 1, 1, 1, 1, 1, 1)).join();
        SavedAssessment who5 = assessments.save(Instrument.WHO5, List.of(2, 2, 2, 2, 2)).join();

        assertEquals(Map.of(Instrument.GAD7, second, Instrument.WHO5, who5), assessments.latestOfEach().join());
        assertTrue(session.journal().delete(second.entryId()).join());

        assertEquals(List.of(first), assessments.history(Instrument.GAD7).join());
        assertEquals(Optional.of(first), assessments.latest(Instrument.GAD7).join());
        assertEquals(first, assessments.latestOfEach().join().get(Instrument.GAD7));
    }

    @Test
    void dueFollowsEachInstrumentsScheduleInDays() {
        JournalPreferences settings = new JournalPreferences(Optional.empty(), Map.of("phq9", 30));
        List<Integer> who5Answers = List.of(3, 3, 3, 3, 3);
        List<Integer> phq9Answers = List.of(0, 0, 0, 0, 0, 0, 0, 0, 0);

        assertEquals(List.of(Instrument.WHO5), assessments.due(Map.of(), JournalPreferences.DEFAULTS, TODAY), "WHO-5 every 14 days by default");
        assertEquals(List.of(Instrument.WHO5, Instrument.PHQ9), assessments.due(Map.of(), settings, TODAY));
        assertEquals(List.of(Instrument.PHQ9), assessments.due(
                Map.of(Instrument.WHO5, takenOn(TODAY.minusDays(13), Instrument.WHO5, who5Answers)), settings, TODAY));
        assertEquals(List.of(Instrument.WHO5, Instrument.PHQ9), assessments.due(
                Map.of(Instrument.WHO5, takenOn(TODAY.minusDays(14), Instrument.WHO5, who5Answers)), settings, TODAY));
        assertEquals(List.of(Instrument.WHO5), assessments.due(
                Map.of(Instrument.PHQ9, takenOn(TODAY.minusDays(29), Instrument.PHQ9, phq9Answers)), settings, TODAY));
        assertEquals(List.of(), assessments.due(
                Map.of(Instrument.PHQ9, takenOn(TODAY.minusDays(29), Instrument.PHQ9, phq9Answers)),
                new JournalPreferences(Optional.empty(), Map.of("phq9", 30, "who5", 0)), TODAY), "0 days turns the reminder off");
    }

    @Test
    void dueWorksWithWhatLatestOfEachReturns() {
        assessments.save(Instrument.WHO5, List.of(3, 3, 3, 3, 3)).join();
        Map<Instrument, SavedAssessment> latest = assessments.latestOfEach().join();

        assertEquals(List.of(), assessments.due(latest, JournalPreferences.DEFAULTS, TODAY));
        assertEquals(List.of(Instrument.WHO5), assessments.due(latest, JournalPreferences.DEFAULTS, TODAY.plusDays(14)));
    }

    @Test
    void markChangesOverAStoredHistory() {
        assessments.save(Instrument.WHO5, List.of(2, 2, 2, 2, 2)).join();
        assessments.save(Instrument.WHO5, List.of(2, 2, 2, 2, 4)).join();
        assessments.save(Instrument.WHO5, List.of(4, 4, 2, 2, 4)).join();

        List<ResultChange> marked = assessments.markChanges(assessments.history(Instrument.WHO5).join());

        assertEquals(List.of(false, false, true), marked.stream().map(ResultChange::meaningful).toList());
        assertEquals(16.0, marked.get(2).change().getAsDouble());
        assertFalse(marked.get(0).change().isPresent());
    }

    @Test
    void saveAllStoresDatedResultsTogether() {
        List<TakenAssessment> taken = List.of(
                new TakenAssessment(Instrument.WHO5, TODAY.minusDays(28), LocalTime.of(20, 5, 31), List.of(2, 2, 2, 2, 2)),
                new TakenAssessment(Instrument.PHQ9, TODAY.minusDays(20), LocalTime.of(9, 0), List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)),
                new TakenAssessment(Instrument.WHO5, TODAY.minusDays(14), LocalTime.of(21, 40), List.of(3, 3, 3, 3, 4)));

        assertEquals(3, assessments.saveAll(taken).join());

        List<SavedAssessment> who5 = assessments.history(Instrument.WHO5).join();
        assertEquals(List.of(TODAY.minusDays(28), TODAY.minusDays(14)), who5.stream().map(SavedAssessment::date).toList());
        assertEquals(LocalTime.of(20, 5), who5.get(0).time(), "kept to the minute like every entry");
        assertEquals(List.of(40.0, 64.0), who5.stream().map(result -> result.score().score()).toList());
        assertEquals(8.0, assessments.latest(Instrument.PHQ9).join().orElseThrow().score().score());
        assertEquals(2, session.journal().find(JournalQuery.text("wellbeing")).join().size(), "found by name in search");
    }

    @Test
    void saveAllChecksEveryResultFirstAndWritesNothingWhenOneIsRefused() {
        List<TakenAssessment> taken = List.of(
                new TakenAssessment(Instrument.WHO5, TODAY.minusDays(3), LocalTime.NOON, List.of(2, 2, 2, 2, 2)),
                new TakenAssessment(Instrument.GAD7, TODAY.plusDays(1), LocalTime.NOON, List.of(0, 0, 0, 0, 0, 0, 9)));

        CompletionException failed = assertThrows(CompletionException.class, () -> assessments.saveAll(taken).join());

        InvalidEntryException refused = (InvalidEntryException) failed.getCause();
        assertEquals(List.of("problem.answerRange", "problem.date.future"),
                refused.problems().stream().map(problem -> problem.key()).toList());
        assertEquals(List.of(), session.journal().find(JournalQuery.everything()).join());
    }
}
