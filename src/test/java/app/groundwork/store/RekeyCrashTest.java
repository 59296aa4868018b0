package app.groundwork.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A passphrase change stopped dead at each of its steps, in a process of its own: afterwards the journal opens with the
 * old passphrase or the new one, never neither, and holds every entry.
 */
class RekeyCrashTest {
    private static final int ENTRIES = 40;

    private static void fill(Path dataDir, String passphrase) throws Exception {
        try (Database database = Database.open(dataDir, Runnable::run, Clock.systemUTC(), passphrase)) {
            database.write(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO entry (type, entry_date, entry_time, note, created_at, updated_at) "
                                + "VALUES ('checkin', '2026-03-14', '09:00', ?, 'now', 'now')")) {
                    for (int i = 0; i < ENTRIES; i++) {
                        insert.setString(1, "entry " + i);
                        insert.executeUpdate();
                    }
                }
                return null;
            }).join();
            if (passphrase != null) {
                database.rekey(passphrase, step -> { });
            }
        }
    }

    /** How many entries the journal holds when opened with {@code passphrase}, or -1 when it does not open with it. */
    private static long entriesWith(Path dataDir, String passphrase) {
        try (Database database = Database.open(dataDir, Runnable::run, Clock.systemUTC(), passphrase)) {
            return database.read(connection -> Sqlite.count(connection, "entry")).join();
        } catch (JournalPassphraseException e) {
            return -1;
        }
    }

    private static int runVictim(Path dataDir, String from, String to, String step) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                RekeyVictim.class.getName(), dataDir.toString(), from == null ? "-" : from, to == null ? "-" : to, step));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ended");
        return process.exitValue();
    }

    @ParameterizedTest(name = "{0} → {1}, stopped when {2}")
    @CsvSource({
            "-, first phrase here, copied",
            "-, first phrase here, rekeyed",
            "-, first phrase here, verified",
            "-, first phrase here, closed",
            "-, first phrase here, renamed",
            "-, first phrase here, reopened",
            "first phrase here, second phrase here, copied",
            "first phrase here, second phrase here, verified",
            "first phrase here, second phrase here, closed",
            "first phrase here, second phrase here, renamed",
            "first phrase here, -, closed",
            "first phrase here, -, renamed",
    })
    void aChangeStoppedAtAnyStepLeavesAJournalThatOpensWithTheOldOrTheNewPassphrase(String from, String to, String step,
            @org.junit.jupiter.api.io.TempDir Path dataDir) throws Exception {
        String old = "-".equals(from) ? null : from;
        String next = "-".equals(to) ? null : to;
        fill(dataDir, old);
        assertEquals(RekeyVictim.HALTED, runVictim(dataDir, old, next, step), "stopped at " + step);

        long withOld = entriesWith(dataDir, old);
        long withNew = entriesWith(dataDir, next);
        assertTrue(withOld == ENTRIES || withNew == ENTRIES,
                "opens with the old (" + withOld + ") or the new (" + withNew + ") passphrase, with every entry");
        assertTrue(Files.notExists(dataDir.resolve("journal.db" + Database.REKEY_SUFFIX)), "the unfinished copy is cleared");
    }
}
