package app.groundwork.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.JournalQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T18:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private Database open() {
        return Database.open(dataDir, Runnable::run, CLOCK);
    }

    private static CheckInContent note(String text) {
        return new CheckInContent(LocalDate.of(2026, 3, 14), LocalTime.NOON, 5, null, null, null,
                List.of(), List.of(), List.of(), text, List.of());
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void aNewJournalIsMigratedFromEmptyWithTheSafeSettings() throws Exception {
        try (Database database = open()) {
            Connection connection = database.read(c -> c).join();
            assertEquals(String.valueOf(Migrations.latestVersion()), pragma(connection, "user_version"));
            assertEquals("wal", pragma(connection, "journal_mode"));
            assertEquals("2", pragma(connection, "synchronous"), "FULL");
            assertEquals("1", pragma(connection, "foreign_keys"));
            assertTrue(Sqlite.tables(connection).containsAll(
                    List.of("entry", "checkin", "checkin_emotion", "checkin_body_signal", "checkin_life_area", "entry_tag", "draft", "entry_fts")));
        }
    }

    @Test
    void reopeningKeepsEverythingAndMigratesNothingTwice() {
        try (Database database = open()) {
            new CheckInRepository(database).insert(note("still here"), Instant.EPOCH, "checkin").join();
        }
        try (Database database = open()) {
            assertEquals(1, new JournalRepository(database).find(JournalQuery.text("still")).join().size());
            assertTrue(database.backups().list().isEmpty(), "no backup when there is nothing to migrate");
        }
    }

    @Test
    void aSecondOpenOfTheSameJournalIsRefused() {
        try (Database first = open()) {
            JournalLockedException locked = assertThrows(JournalLockedException.class, this::open);
            assertEquals(first.file(), locked.file());
        }
        open().close();
    }

    @Test
    void aDamagedFileIsRefusedUntouchedAndTheNewestBackupOffered() throws Exception {
        Path backup;
        try (Database database = open()) {
            new CheckInRepository(database).insert(note("before the damage"), Instant.EPOCH, "checkin").join();
            backup = database.backUpIfDue().join().orElseThrow();
        }
        Path file = dataDir.resolve("journal.db");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 100; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(file, bytes);
        FileTime modified = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, modified);

        JournalDamagedException damaged = assertThrows(JournalDamagedException.class, this::open);

        assertEquals(file, damaged.file());
        assertEquals(Optional.of(backup), damaged.newestBackup());
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertThrows(JournalDamagedException.class, this::open, "refused again, not repaired behind the person's back");
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aFileThatIsNotAJournalAtAllIsRefusedUntouched() throws IOException {
        Path file = dataDir.resolve("journal.db");
        Files.writeString(file, "these are someone's shopping notes, not a database");

        JournalDamagedException damaged = assertThrows(JournalDamagedException.class, this::open);

        assertEquals(Optional.empty(), damaged.newestBackup());
        assertEquals("these are someone's shopping notes, not a database", Files.readString(file));
    }

    @Test
    void restoringPutsTheBackupInPlaceAndKeepsTheDamagedFileAside() throws Exception {
        Path backup;
        try (Database database = open()) {
            new CheckInRepository(database).insert(note("worth keeping"), Instant.EPOCH, "checkin").join();
            backup = database.backUpIfDue().join().orElseThrow();
        }
        Path file = dataDir.resolve("journal.db");
        Files.writeString(file, "garbage");

        Path aside = new Backups(new JournalFiles(dataDir), CLOCK).restoreOverDamaged(backup);

        assertEquals("garbage", Files.readString(aside));
        try (Database database = open()) {
            assertEquals(1, new JournalRepository(database).find(JournalQuery.text("worth")).join().size());
        }
    }

    @Test
    void aJournalFromANewerVersionIsLeftAlone() throws Exception {
        open().close();
        Path file = dataDir.resolve("journal.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);

        JournalTooNewException tooNew = assertThrows(JournalTooNewException.class, this::open);

        assertEquals(99, tooNew.version());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void backupsAreVerifiedDailyAndRolled() throws Exception {
        try (Database database = open()) {
            new CheckInRepository(database).insert(note("one"), Instant.EPOCH, "checkin").join();
            Path first = database.backUpIfDue().join().orElseThrow();
            assertFalse(database.backUpIfDue().join().isPresent(), "one rolling copy a day");
            try (Connection copy = Sqlite.openReadOnly(first)) {
                assertEquals(1, Sqlite.count(copy, "entry"));
                assertTrue(Sqlite.quickCheck(copy).isEmpty());
            }
        }
        Files.createDirectories(dataDir.resolve("backups"));
        for (int day = 1; day <= 9; day++) {
            Files.writeString(dataDir.resolve("backups").resolve(String.format("journal-202601%02d-120000-daily.db", day)), "");
        }
        Backups backups = new Backups(new JournalFiles(dataDir), Clock.offset(CLOCK, java.time.Duration.ofDays(1)));
        try (Database database = Database.open(dataDir, Runnable::run, Clock.offset(CLOCK, java.time.Duration.ofDays(1)))) {
            database.backUpIfDue().join().orElseThrow();
        }
        // seven daily copies (15 and 14 March, 9 to 5 January) and Sunday 4 January as the newest of its week
        assertEquals(app.groundwork.domain.BackupRetention.DAILY + 1, backups.list().size());
        assertTrue(backups.list().get(7).getFileName().toString().startsWith("journal-20260104"));
        assertTrue(backups.list().get(0).getFileName().toString().startsWith("journal-20260315"));
    }

    @Test
    void aMigrationThatFailsLeavesTheJournalAsItWasWithAVerifiedBackupBesideIt() throws Exception {
        try (Database database = open()) {
            new CheckInRepository(database).insert(note("before the upgrade"), Instant.EPOCH, "checkin").join();
        }
        Path file = dataDir.resolve("journal.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            // pretend the journal is older than it is, so version 1 is applied again and collides with its own tables
            statement.executeUpdate("PRAGMA user_version = 0");
            statement.executeUpdate("INSERT INTO entry_tag (entry_id, tag, position) VALUES (1, 'marker', 0)");
        }

        assertThrows(StoreException.class, this::open);

        Backups backups = new Backups(new JournalFiles(dataDir), CLOCK);
        Path before = backups.newest().orElseThrow();
        assertTrue(before.getFileName().toString().endsWith("-before-v" + Migrations.latestVersion() + ".db"), before.toString());
        try (Connection copy = Sqlite.openReadOnly(before); Connection journal = Sqlite.openReadOnly(file)) {
            assertEquals(1, Sqlite.count(copy, "entry"));
            assertEquals(1, Sqlite.count(copy, "entry_tag"));
            assertEquals(0, Sqlite.userVersion(journal), "the failed migration was rolled back");
            assertEquals(1, Sqlite.count(journal, "entry_tag"));
        }
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x)", "CREATE TABLE b (y)"),
                Migrations.statements("-- a comment; with a semicolon\nCREATE TABLE a (x);\n\nCREATE TABLE b (y);\n"));
    }
}
