package app.groundwork.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.BackupInfo;
import app.groundwork.domain.BackupRefusedException;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.JournalQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dataDir;

    /** A clock a test moves forward by hand, so one open journal can live through many days. */
    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static CheckInContent note(String text) {
        return new CheckInContent(LocalDate.of(2026, 3, 14), LocalTime.NOON, 5, null, null, null,
                List.of(), List.of(), List.of(), text, List.of());
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static String journalMode(Path file) throws Exception {
        try (Connection copy = Sqlite.openReadOnly(file); Statement statement = copy.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA journal_mode")) {
            row.next();
            return row.getString(1);
        }
    }

    private static BackupRefusedException.Reason refusal(Runnable work) {
        try {
            work.run();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BackupRefusedException refused) {
                return refused.reason();
            }
            throw e;
        } catch (BackupRefusedException refused) {
            return refused.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theOnlineCopyHoldsWhatIsStillInTheWriteAheadLogAndLeavesNoSidecarFiles() throws Exception {
        SteppingClock clock = new SteppingClock(Instant.parse("2026-03-14T18:30:00Z"));
        try (Database database = Database.open(dataDir, Runnable::run, clock)) {
            for (int i = 0; i < 40; i++) {
                new CheckInRepository(database).insert(note("entry " + i), Instant.EPOCH, "checkin").join();
            }
            assertTrue(Files.size(dataDir.resolve("journal.db-wal")) > 0, "the entries are still in the log");

            BackupInfo copy = new BackupStore(database).copyNow().join();

            assertEquals(BackupInfo.Kind.MANUAL, copy.kind());
            assertEquals(40, copy.entries().orElseThrow());
            assertEquals(Files.size(copy.file()), copy.sizeBytes());
            assertEquals("journal-20260314-183000-manual.db", copy.file().getFileName().toString());
            assertEquals("delete", journalMode(copy.file()), "a plain file: opening it read-only needs no log");
            assertEquals(List.of("journal-20260314-183000-manual.db"), names(dataDir.resolve("backups")),
                    "no partial, -wal, -shm or -journal file is left beside it");
        }
    }

    @Test
    void dailyCopiesOverTwoMonthsKeepSevenDaysAndTheFourNewestWeeks() throws Exception {
        // Monday 5 January 2026, the app opened each morning and now and then twice a day
        SteppingClock clock = new SteppingClock(Instant.parse("2026-01-05T08:00:00Z"));
        try (Database database = Database.open(dataDir, Runnable::run, clock)) {
            BackupStore store = new BackupStore(database);
            database.backups().create(database.read(c -> c).join(), "before-v2");
            for (int day = 0; day < 55; day++) {
                new CheckInRepository(database).insert(note("day " + day), Instant.EPOCH, "checkin").join();
                assertTrue(database.backUpIfDue().join().isPresent(), "a copy on day " + day);
                if (day % 9 == 0) {
                    clock.advance(Duration.ofHours(6));
                    assertFalse(database.backUpIfDue().join().isPresent(), "one daily copy a day");
                    clock.advance(Duration.ofHours(18));
                } else {
                    clock.advance(Duration.ofDays(1));
                }
                if (day == 20) {
                    store.copyNow().join();
                }
            }
            List<BackupInfo> copies = store.list().join();

            assertEquals(List.of(
                    "journal-20260228-080000-daily.db", "journal-20260227-080000-daily.db",
                    "journal-20260226-080000-daily.db", "journal-20260225-080000-daily.db",
                    "journal-20260224-080000-daily.db", "journal-20260223-080000-daily.db",
                    "journal-20260222-080000-daily.db", "journal-20260215-080000-daily.db",
                    "journal-20260208-080000-daily.db", "journal-20260126-080000-manual.db",
                    "journal-20260105-080000-before-v2.db"),
                    copies.stream().map(copy -> copy.file().getFileName().toString()).toList());
            assertEquals(List.of(BackupInfo.Kind.DAILY, BackupInfo.Kind.DAILY, BackupInfo.Kind.DAILY, BackupInfo.Kind.DAILY,
                            BackupInfo.Kind.DAILY, BackupInfo.Kind.DAILY, BackupInfo.Kind.DAILY, BackupInfo.Kind.WEEKLY,
                            BackupInfo.Kind.WEEKLY, BackupInfo.Kind.MANUAL, BackupInfo.Kind.BEFORE_UPDATE),
                    copies.stream().map(BackupInfo::kind).toList());
            assertEquals(55, copies.get(0).entries().orElseThrow(), "the copy of 28 February holds every day");
            assertEquals(42, copies.get(7).entries().orElseThrow(), "15 February’s copy holds the 42 days up to then");
            assertEquals(0, copies.get(10).entries().orElseThrow());
        }
    }

    @Test
    void aCopyToAChosenFileIsVerifiedAndNeverOverwritesAnything() throws Exception {
        Path elsewhere = Files.createDirectory(dataDir.resolve("usb"));
        Path existing = Files.writeString(elsewhere.resolve("taken.db"), "someone's file");
        try (Database database = Database.open(dataDir, Runnable::run, Clock.systemUTC())) {
            new CheckInRepository(database).insert(note("kept safe"), Instant.EPOCH, "checkin").join();
            BackupStore store = new BackupStore(database);

            BackupInfo copy = store.copyTo(elsewhere.resolve("journal copy.db")).join();
            assertEquals(1, copy.entries().orElseThrow());

            assertEquals(BackupRefusedException.Reason.ALREADY_EXISTS, refusal(() -> store.copyTo(existing).join()));
            assertEquals("someone's file", Files.readString(existing));
            assertEquals(BackupRefusedException.Reason.NO_FOLDER,
                    refusal(() -> store.copyTo(dataDir.resolve("nowhere").resolve("copy.db")).join()));
            assertEquals(List.of("journal copy.db", "taken.db"), names(elsewhere));
        }
    }

    @Test
    void restoringWhileOpenKeepsTheJournalAsItWasAndPutsTheCopyInPlace() throws Exception {
        Path chosen;
        try (Database database = Database.open(dataDir, Runnable::run, Clock.systemUTC())) {
            new CheckInRepository(database).insert(note("from the old days"), Instant.EPOCH, "checkin").join();
            chosen = new BackupStore(database).copyNow().join().file();
            new CheckInRepository(database).insert(note("written after the copy"), Instant.EPOCH, "checkin").join();

            BackupInfo before = new BackupStore(database).restore(chosen).join();

            assertEquals(BackupInfo.Kind.BEFORE_RESTORE, before.kind());
            assertEquals(2, before.entries().orElseThrow());
            assertThrows(CompletionException.class, () -> new JournalRepository(database).find(JournalQuery.text("old")).join(),
                    "the replaced journal's connection is closed");
        }
        assertFalse(Files.exists(dataDir.resolve("journal.db.restoring")));
        try (Database reopened = Database.open(dataDir, Runnable::run, Clock.systemUTC())) {
            JournalRepository journal = new JournalRepository(reopened);
            assertEquals(1, journal.find(JournalQuery.text("old")).join().size());
            assertEquals(0, journal.find(JournalQuery.text("after")).join().size());
            assertTrue(Files.exists(chosen), "the chosen copy stays where it was");
        }
    }

    @Test
    void aFileThatCannotBeRestoredIsRefusedAndTheJournalStaysOpenAndUnchanged() throws Exception {
        Path elsewhere = Files.createDirectory(dataDir.resolve("elsewhere"));
        Path text = Files.writeString(elsewhere.resolve("notes.db"), "these are shopping notes, not a journal");
        Path plain = elsewhere.resolve("other-app.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + plain); Statement statement = other.createStatement()) {
            statement.executeUpdate("CREATE TABLE recipe (name TEXT)");
        }
        Path newer = elsewhere.resolve("newer.db");
        Path damaged = elsewhere.resolve("damaged.db");
        try (Database database = Database.open(dataDir, Runnable::run, Clock.systemUTC())) {
            new CheckInRepository(database).insert(note("still here"), Instant.EPOCH, "checkin").join();
            BackupStore store = new BackupStore(database);
            store.copyTo(newer).join();
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement statement = copy.createStatement()) {
                statement.executeUpdate("PRAGMA user_version = 999");
            }
            store.copyTo(damaged).join();
            byte[] bytes = Files.readAllBytes(damaged);
            for (int i = 4096 + 100; i < bytes.length; i += 7) {
                bytes[i] = (byte) 0x5A;
            }
            Files.write(damaged, bytes);

            assertEquals(BackupRefusedException.Reason.MISSING, refusal(() -> store.restore(elsewhere.resolve("gone.db")).join()));
            assertEquals(BackupRefusedException.Reason.NOT_A_DATABASE, refusal(() -> store.restore(text).join()));
            assertEquals(BackupRefusedException.Reason.NOT_A_JOURNAL, refusal(() -> store.restore(plain).join()));
            assertEquals(BackupRefusedException.Reason.TOO_NEW, refusal(() -> store.restore(newer).join()));
            assertEquals(BackupRefusedException.Reason.DAMAGED, refusal(() -> store.restore(damaged).join()));
            assertEquals(BackupRefusedException.Reason.IS_THE_JOURNAL, refusal(() -> store.restore(database.file()).join()));

            assertEquals(1, new JournalRepository(database).find(JournalQuery.text("still")).join().size(), "still open");
            assertEquals(List.of(), store.list().join(), "no copy of the journal was taken for a refused file");
            assertArrayEquals(bytes, Files.readAllBytes(damaged), "the refused file was only read");
        }
    }

    @Test
    void aRestoreCutShortBeforeTheRenameLeavesTheOldJournalWhichStillOpens() throws Exception {
        Path chosen;
        try (Database database = Database.open(dataDir, Runnable::run, Clock.systemUTC())) {
            new CheckInRepository(database).insert(note("the copy's words"), Instant.EPOCH, "checkin").join();
            chosen = new BackupStore(database).copyNow().join().file();
            new CheckInRepository(database).insert(note("the journal's words"), Instant.EPOCH, "checkin").join();
            // what a kill just before the rename leaves behind: the prepared copy beside the journal
            database.backups().prepareRestore(chosen);
        }
        assertTrue(Files.exists(dataDir.resolve("journal.db.restoring")));
        try (Database reopened = Database.open(dataDir, Runnable::run, Clock.systemUTC())) {
            assertEquals(2, new JournalRepository(reopened).find(JournalQuery.text("words")).join().size());
            new BackupStore(reopened).restore(chosen).join();
        }
        try (Database restored = Database.open(dataDir, Runnable::run, Clock.systemUTC())) {
            assertEquals(1, new JournalRepository(restored).find(JournalQuery.text("words")).join().size(),
                    "a later restore replaces the leftover with a fresh copy");
        }
    }

    @Test
    void aWriteAheadLogLeftBesideTheJournalIsSetAsideSoItIsNeverReplayedOntoTheRestoredCopy() throws Exception {
        Path chosen;
        try (Database database = Database.open(dataDir, Runnable::run, Clock.systemUTC())) {
            new CheckInRepository(database).insert(note("in the copy"), Instant.EPOCH, "checkin").join();
            chosen = new BackupStore(database).copyNow().join().file();
        }
        Backups backups = new Backups(new JournalFiles(dataDir), Clock.systemUTC());
        backups.prepareRestore(chosen);
        Files.writeString(dataDir.resolve("journal.db-wal"), "a log from the journal being replaced");

        backups.putInPlace();

        assertFalse(Files.exists(dataDir.resolve("journal.db-wal")));
        try (Stream<Path> files = Files.list(dataDir)) {
            assertEquals(1, files.filter(path -> path.getFileName().toString().startsWith("journal.db-wal.replaced-")).count());
        }
        try (Database restored = Database.open(dataDir, Runnable::run, Clock.systemUTC())) {
            assertEquals(1, new JournalRepository(restored).find(JournalQuery.text("copy")).join().size());
        }
    }
}
