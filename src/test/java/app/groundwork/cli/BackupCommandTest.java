package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup [--out FILE]} and {@code restore FILE}: verified copies, and a copy put back in place of the journal. */
class BackupCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    private CommandRun run(String... args) {
        return CommandRun.in(dataDir, args);
    }

    private List<String> notes() throws Exception {
        CommandRun listed = run("list", "--json");
        assertEquals(0, listed.status(), listed.err());
        JsonNode entries = JSON.readTree(listed.out());
        return java.util.stream.StreamSupport.stream(entries.spliterator(), false).map(entry -> entry.get("note").asText()).sorted().toList();
    }

    private List<String> backups(String ending) throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(ending)).toList();
        }
    }

    @Test
    void backupWritesACheckedCopyIntoTheBackupsFolder() throws Exception {
        assertEquals(0, run("checkin", "--mood", "6", "--note", "first").status());
        assertEquals(0, run("checkin", "--mood", "5", "--note", "second").status());

        CommandRun backup = run("backup");

        assertEquals(0, backup.status(), backup.err());
        List<String> manual = backups("-manual.db");
        assertEquals(1, manual.size());
        assertEquals("A checked copy of your journal is at " + dataDir.resolve("backups").resolve(manual.get(0)) + " (2 entries).",
                backup.out().strip());
        assertEquals("", backup.err());
    }

    @Test
    void backupOutWritesTheCopyThereAndNeverOverAnExistingFile() throws Exception {
        assertEquals(0, run("checkin", "--mood", "6", "--note", "kept").status());
        Path target = elsewhere.resolve("my journal copy.db");

        CommandRun first = run("backup", "--out", target.toString());
        assertEquals(0, first.status(), first.err());
        assertEquals("A checked copy of your journal is at " + target + " (one entry).", first.out().strip());
        byte[] copied = Files.readAllBytes(target);

        assertEquals(0, run("checkin", "--mood", "4", "--note", "later").status());
        CommandRun again = run("backup", "--out", target.toString());

        assertEquals(2, again.status());
        assertEquals("There is already a file at " + target + ". Choose a new name, so nothing gets written over.",
                again.err().strip());
        assertEquals(1, again.err().strip().lines().count());
        assertTrue(java.util.Arrays.equals(copied, Files.readAllBytes(target)), "the existing file is untouched");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(List.of("my journal copy.db"), files.map(path -> path.getFileName().toString()).toList(),
                    "no partial file is left beside it");
        }
    }

    @Test
    void restorePutsTheCopyBackAndKeepsTheJournalAsItWasAsACopy() throws Exception {
        assertEquals(0, run("checkin", "--mood", "6", "--note", "in the copy").status());
        Path copy = elsewhere.resolve("copy.db");
        assertEquals(0, run("backup", "--out", copy.toString()).status());
        assertEquals(0, run("checkin", "--mood", "4", "--note", "written after").status());

        CommandRun restored = run("restore", copy.toString());

        assertEquals(0, restored.status(), restored.err());
        assertEquals(List.of("in the copy"), notes());
        List<String> kept = backups("-before-restore.db");
        assertEquals(1, kept.size());
        assertEquals("Your journal is now the copy from " + copy + ". The journal as it was just before is kept as a copy at "
                + dataDir.resolve("backups").resolve(kept.get(0)) + ".", restored.out().strip());

        CommandRun back = run("restore", dataDir.resolve("backups").resolve(kept.get(0)).toString());
        assertEquals(0, back.status(), back.err());
        assertEquals(List.of("in the copy", "written after"), notes(), "the kept copy brings the later entry back");
    }

    @Test
    void aFileThatIsNotASoundJournalIsRefusedInOneLineAndTheJournalIsUnchanged() throws Exception {
        assertEquals(0, run("checkin", "--mood", "6", "--note", "mine").status());
        Path text = Files.writeString(elsewhere.resolve("notes.db"), "shopping: bread, tea");
        Path newer = elsewhere.resolve("newer.db");
        assertEquals(0, run("backup", "--out", newer.toString()).status());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA user_version = 999");
        }
        Path other = elsewhere.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE recipe (name TEXT)");
        }

        CommandRun notADatabase = run("restore", text.toString());
        CommandRun tooNew = run("restore", newer.toString());
        CommandRun notAJournal = run("restore", other.toString());
        CommandRun missing = run("restore", elsewhere.resolve("gone.db").toString());

        assertEquals(2, notADatabase.status());
        assertEquals(text + " isn’t a Groundwork journal or a copy of one: it isn’t a database file at all. Your journal is unchanged.",
                notADatabase.err().strip());
        assertEquals(2, tooNew.status());
        assertEquals(newer + " was written by a newer version of Groundwork, which this version can’t read. Your journal is unchanged.",
                tooNew.err().strip());
        assertEquals(2, notAJournal.status());
        assertEquals(other + " is a database, but not a Groundwork journal. Your journal is unchanged.", notAJournal.err().strip());
        assertEquals(2, missing.status());
        assertEquals("There is no file at " + elsewhere.resolve("gone.db") + ". Your journal is unchanged.", missing.err().strip());
        assertEquals("shopping: bread, tea", Files.readString(text));
        assertEquals(List.of("mine"), notes());
        assertFalse(Files.isDirectory(dataDir.resolve("backups")) && !backups("-before-restore.db").isEmpty(),
                "no journal copy is taken for a refused file");
    }
}
