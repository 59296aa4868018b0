package app.groundwork.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.EntryType;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.transfer.ImportFormat;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V9 rebuilds the {@code entry} table so its kinds can include {@code note}. On a journal made before it (every kind of
 * entry, goals, wins, tags, full-text rows), everything survives with its ids: the rows of every table that refers to
 * an entry, search, tags, the indexes, and the foreign keys that remove an entry's rows with it.
 */
class NoteMigrationTest {
    private static final List<String> TABLES = List.of("entry", "entry_tag", "entry_fts", "checkin", "checkin_emotion",
            "checkin_body_signal", "checkin_life_area", "assessment", "reframe", "reframe_emotion", "reframe_trap", "goal",
            "goal_outcome", "own_win", "practice_response", "practice_answer", "support_contact", "helpline_change",
            "preference");

    @TempDir
    Path dataDir;

    @Test
    void aJournalFromBeforeNotesKeepsEverythingAndTakesNotesAfterwards() throws Exception {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            TransferJournal.fill(session, 1);
        }
        Path file = dataDir.resolve("journal.db");
        Map<String, Long> countsBefore;
        List<Long> idsBefore;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            asBeforeNotes(connection);
            countsBefore = counts(connection);
            idsBefore = longs(connection, "SELECT id FROM entry ORDER BY id");
            assertThrows(SQLException.class, () -> execute(connection, "INSERT INTO entry (type, entry_date, entry_time, "
                    + "created_at, updated_at) VALUES ('note', '2026-03-01', '10:00', 'x', 'x')"), "the old table refuses notes");
        }
        assertTrue(countsBefore.get("entry_tag") > 0 && countsBefore.get("goal_outcome") > 0 && countsBefore.get("practice_answer") > 0,
                countsBefore.toString());

        List<JournalEntry> found;
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            found = session.journal().find(TransferJournal.search("interview")).join();
            assertFalse(found.isEmpty(), "search still finds entries");
            List<JournalEntry> tagged = session.journal().find(new JournalQuery(null, null, null, null, "starred", null, 100)).join();
            assertEquals(0, tagged.size(), "the notes were taken out before the rebuild");
            session.imports().bringIn(TransferJournal.resource("jrnl-notes.json"), ImportFormat.JRNL, Map.of()).join();
            List<JournalEntry> notes = session.journal().find(new JournalQuery(null, null, null, null, "starred", null, 100)).join();
            assertEquals(2, notes.size(), "notes can be stored now, found by tag");
            assertTrue(notes.stream().allMatch(entry -> entry.type() == EntryType.NOTE));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Map<String, Long> countsAfter = counts(connection);
            countsAfter.put("entry", countsAfter.get("entry") - 4);
            countsAfter.put("entry_fts", countsAfter.get("entry_fts") - 4);
            countsAfter.put("entry_tag", countsAfter.get("entry_tag") - 6);
            assertEquals(countsBefore, countsAfter, "every row of every table is still there");
            List<Long> idsAfter = longs(connection, "SELECT id FROM entry ORDER BY id");
            assertEquals(idsBefore, idsAfter.subList(0, idsBefore.size()), "ids are kept");
            assertTrue(longs(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                    + "('entry_by_moment', 'entry_live_by_date')").get(0) == 2, "the entry indexes are made again");
            assertTrue(longs(connection, "SELECT 1 FROM pragma_foreign_key_check").isEmpty(), "no row points at nothing");

            execute(connection, "PRAGMA foreign_keys = ON");
            long reframe = longs(connection, "SELECT entry_id FROM reframe_trap LIMIT 1").get(0);
            execute(connection, "DELETE FROM entry WHERE id = " + reframe);
            assertEquals(0L, longs(connection, "SELECT count(*) FROM reframe_trap WHERE entry_id = " + reframe).get(0),
                    "other tables' foreign keys point at the new table: its rows go with it");
        }
    }

    /** Takes the journal back to schema 8: no notes, and the entry table with its old list of kinds. */
    private static void asBeforeNotes(Connection connection) throws SQLException {
        // what the next opening would purge anyway, so the counts compare what stays
        execute(connection, "PRAGMA foreign_keys = ON");
        execute(connection, "DELETE FROM entry_fts WHERE rowid IN (SELECT id FROM entry WHERE deleted_at IS NOT NULL)");
        execute(connection, "DELETE FROM entry WHERE deleted_at IS NOT NULL");
        execute(connection, "PRAGMA foreign_keys = OFF");
        execute(connection, "DELETE FROM entry_tag WHERE entry_id IN (SELECT id FROM entry WHERE type = 'note')");
        execute(connection, "DELETE FROM entry_fts WHERE rowid IN (SELECT id FROM entry WHERE type = 'note')");
        execute(connection, "DELETE FROM entry WHERE type = 'note'");
        execute(connection, "CREATE TABLE entry_old (id INTEGER PRIMARY KEY, type TEXT NOT NULL CHECK (type IN ('checkin', "
                + "'reframe', 'goal', 'practice', 'assessment')), entry_date TEXT NOT NULL, entry_time TEXT NOT NULL, "
                + "note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT)");
        execute(connection, "INSERT INTO entry_old SELECT * FROM entry");
        execute(connection, "DROP TABLE entry");
        execute(connection, "ALTER TABLE entry_old RENAME TO entry");
        execute(connection, "CREATE INDEX entry_by_moment ON entry (entry_date, entry_time, id)");
        execute(connection, "CREATE INDEX entry_live_by_date ON entry (entry_date, deleted_at, type)");
        execute(connection, "PRAGMA user_version = 8");
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, longs(connection, "SELECT count(*) FROM " + table).get(0));
        }
        return counts;
    }

    private static List<Long> longs(Connection connection, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
