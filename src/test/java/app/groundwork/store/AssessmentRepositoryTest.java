package app.groundwork.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.AssessmentSummary;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.SavedAssessment;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentRepositoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T18:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dataDir;
    private Database database;
    private AssessmentRepository assessments;

    @BeforeEach
    void open() {
        database = Database.open(dataDir, Runnable::run, CLOCK);
        assessments = new AssessmentRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private SavedAssessment save(LocalDate date, LocalTime time, Instrument instrument, Integer... answers) {
        return assessments.insert(AssessmentScoring.score(instrument, Arrays.asList(answers)), date, time, Instant.now(CLOCK),
                instrument.shortName()).join();
    }

    @Test
    void anAssessmentIsOneEntryRowAndOneAssessmentRowWithTheRawAnswers() throws SQLException {
        SavedAssessment saved = save(DAY, LocalTime.of(8, 5, 59), Instrument.SCSSF, 1, 5, 5, 1, 5, 5, 5, 1, 1, 5, 1, 2);

        assertEquals(LocalTime.of(8, 5), saved.time(), "kept to the minute like every entry");
        Connection connection = database.read(c -> c).join();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT e.type, e.entry_date, e.entry_time, e.note, a.instrument, a.answers, "
                     + "a.score, a.band FROM entry e JOIN assessment a ON a.entry_id = e.id WHERE e.id = " + saved.entryId())) {
            assertTrue(row.next());
            assertEquals("assessment", row.getString(1));
            assertEquals("2026-03-01", row.getString(2));
            assertEquals("08:05", row.getString(3));
            assertEquals("", row.getString(4));
            assertEquals("scssf", row.getString(5));
            assertEquals("1,5,5,1,5,5,5,1,1,5,1,2", row.getString(6), "raw answers, not the reversed ones");
            assertEquals(59 / 12.0, row.getDouble(7), 1e-12);
            assertEquals(null, row.getString(8));
        }
    }

    @Test
    void historyIsOneInstrumentOldestFirstByItsOwnDateAndTime() {
        SavedAssessment later = save(DAY.plusDays(14), LocalTime.of(9, 0), Instrument.WHO5, 3, 3, 3, 3, 3);
        SavedAssessment first = save(DAY, LocalTime.of(21, 0), Instrument.WHO5, 1, 2, 1, 2, 1);
        save(DAY.plusDays(1), LocalTime.NOON, Instrument.PHQ9, 1, 1, 1, 1, 1, 1, 1, 1, 0);
        SavedAssessment sameDayLater = save(DAY.plusDays(14), LocalTime.of(20, 0), Instrument.WHO5, 4, 4, 4, 4, 4);

        List<SavedAssessment> history = assessments.history(Instrument.WHO5).join();

        assertEquals(List.of(first.entryId(), later.entryId(), sameDayLater.entryId()),
                history.stream().map(SavedAssessment::entryId).toList());
        assertEquals(List.of(28.0, 60.0, 80.0), history.stream().map(result -> result.score().score()).toList());
        assertEquals(first, history.get(0));
        assertEquals(List.of(), assessments.history(Instrument.RSES).join());
    }

    @Test
    void latestAndLatestOfEach() {
        save(DAY, LocalTime.NOON, Instrument.GAD7, 0, 0, 0, 0, 0, 0, 0);
        SavedAssessment gad7 = save(DAY.plusDays(3), LocalTime.NOON, Instrument.GAD7, 2, 2, 2, 2, 2, 2, 2);
        save(DAY.plusDays(1), LocalTime.NOON, Instrument.GAD7, 1, 1, 1, 1, 1, 1, 1);
        SavedAssessment phq9 = save(DAY, LocalTime.NOON, Instrument.PHQ9, 1, 1, 1, 1, 1, 1, 1, 1, 1);

        assertEquals(Optional.of(gad7), assessments.latest(Instrument.GAD7).join());
        assertEquals(Optional.empty(), assessments.latest(Instrument.WHO5).join());
        Map<Instrument, SavedAssessment> latest = assessments.latestOfEach().join();
        assertEquals(Map.of(Instrument.GAD7, gad7, Instrument.PHQ9, phq9), latest);
        assertEquals(Optional.of("moderate"), latest.get(Instrument.GAD7).score().band());
        assertTrue(latest.get(Instrument.PHQ9).score().safety().flagged(), "item 9 above 0 is still flagged when read back");
    }

    @Test
    void aDeletedEntryDropsOutOfHistoryAndComesBackWithUndo() {
        SavedAssessment kept = save(DAY, LocalTime.NOON, Instrument.RSES, 2, 1, 2, 2, 1, 1, 2, 2, 1, 2);
        SavedAssessment deleted = save(DAY.plusDays(1), LocalTime.NOON, Instrument.RSES, 3, 0, 3, 3, 0, 0, 3, 0, 0, 3);
        JournalRepository journal = new JournalRepository(database);

        assertTrue(journal.delete(deleted.entryId(), Instant.now(CLOCK)).join());

        assertEquals(List.of(kept), assessments.history(Instrument.RSES).join());
        assertEquals(Optional.of(kept), assessments.latest(Instrument.RSES).join());
        assertEquals(kept, assessments.latestOfEach().join().get(Instrument.RSES));

        assertTrue(journal.undoDelete(deleted.entryId()).join());
        assertEquals(Optional.of(deleted), assessments.latest(Instrument.RSES).join());
    }

    @Test
    void deletedEntriesAreRemovedWithTheirAssessmentRowWhenTheJournalReopens() throws SQLException {
        SavedAssessment deleted = save(DAY, LocalTime.NOON, Instrument.WHO5, 1, 1, 1, 1, 1);
        new JournalRepository(database).delete(deleted.entryId(), Instant.now(CLOCK)).join();
        database.close();
        database = Database.open(dataDir, Runnable::run, CLOCK);
        assessments = new AssessmentRepository(database);

        Connection connection = database.read(c -> c).join();
        try (Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM assessment")) {
            count.next();
            assertEquals(0, count.getInt(1));
        }
        assertEquals(List.of(), assessments.history(Instrument.WHO5).join());
    }

    @Test
    void theJournalListShowsTheInstrumentScoreAndBandAndSearchFindsTheName() {
        SavedAssessment phq9 = save(DAY, LocalTime.NOON, Instrument.PHQ9, 1, 1, 1, 1, 1, 1, 1, 0, 0);
        JournalRepository journal = new JournalRepository(database);

        JournalEntry entry = journal.find(JournalQuery.everything()).join().get(0);

        assertEquals(phq9.entryId(), entry.id());
        assertEquals(EntryType.ASSESSMENT, entry.type());
        assertEquals(new AssessmentSummary(Instrument.PHQ9, 7, Optional.of("mild")), entry.assessment());
        assertEquals("7", entry.assessment().formattedScore());
        assertEquals(null, entry.mood());
        assertEquals(List.of(phq9.entryId()), journal.find(JournalQuery.text("PHQ")).join().stream().map(JournalEntry::id).toList());
    }

    @Test
    void theSchemaRefusesAnUnknownInstrument() {
        CompletionException refused = assertThrows(CompletionException.class, () -> database.write(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO entry (type, entry_date, entry_time, created_at, updated_at) "
                        + "VALUES ('assessment', '2026-03-01', '12:00', 'x', 'x')");
                return statement.executeUpdate("INSERT INTO assessment (entry_id, instrument, answers, score) "
                        + "VALUES (last_insert_rowid(), 'bdi', '1,2', 3)");
            }
        }).join());
        assertTrue(refused.getCause() instanceof StoreException, String.valueOf(refused.getCause()));
        assertTrue(refused.getCause().getMessage().contains("CHECK constraint failed"), refused.getCause().getMessage());
        assertEquals(List.of(), new JournalRepository(database).find(JournalQuery.everything()).join(), "rolled back together");
    }
}
