package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code passphrase set|change|remove} and {@code --passphrase-file} on every command: a wrong or missing passphrase is
 * one line with exit 2 and the journal unchanged. Tests have no console, so the passphrases come from files.
 */
class PassphraseCommandTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path secrets;

    private CommandRun run(String... args) {
        return CommandRun.in(dataDir, args);
    }

    private Path secret(String name, String text) throws Exception {
        Path file = secrets.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private boolean plainHeader() throws Exception {
        byte[] bytes = Files.readAllBytes(dataDir.resolve("journal.db"));
        return new String(bytes, 0, 15, StandardCharsets.ISO_8859_1).equals("SQLite format 3");
    }

    @Test
    void setThenEveryCommandNeedsThePassphraseThenChangeAndRemove() throws Exception {
        assertEquals(0, run("checkin", "--mood", "6", "--note", "Walked to the river").status());
        Path first = secret("first", "quiet river morning walk\n");
        Path second = secret("second", "a different phrase, also long\r\n");

        CommandRun set = run("passphrase", "set", "--new-passphrase-file", first.toString());
        assertEquals(0, set.status(), set.err());
        assertTrue(set.out().contains("encrypted now"), set.out());
        assertFalse(plainHeader());

        CommandRun missing = run("list");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("--passphrase-file"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), "one line");

        CommandRun wrong = run("list", "--passphrase-file", second.toString());
        assertEquals(2, wrong.status());
        assertTrue(wrong.err().startsWith("That passphrase does not open the journal"), wrong.err());

        CommandRun listed = run("list", "--passphrase-file", first.toString());
        assertEquals(0, listed.status(), listed.err());
        assertTrue(listed.out().contains("Walked to the river"), listed.out());

        CommandRun changed = run("passphrase", "change", "--passphrase-file", first.toString(),
                "--new-passphrase-file", second.toString());
        assertEquals(0, changed.status(), changed.err());
        assertEquals(2, run("list", "--passphrase-file", first.toString()).status(), "the old one no longer opens it");
        assertEquals(0, run("list", "--passphrase-file", second.toString()).status());

        CommandRun removed = run("passphrase", "remove", "--passphrase-file", second.toString());
        assertEquals(0, removed.status(), removed.err());
        assertTrue(plainHeader());
        CommandRun plain = run("list");
        assertEquals(0, plain.status(), plain.err());
        assertTrue(plain.out().contains("Walked to the river"));
    }

    @Test
    void aShortNewPassphraseOrAMissingFileIsRefusedInOneLineAndNothingChanges() throws Exception {
        assertEquals(0, run("checkin", "--mood", "5").status());
        CommandRun tooShort = run("passphrase", "set", "--new-passphrase-file", secret("short", "abc").toString());
        assertEquals(2, tooShort.status(), tooShort.err());
        assertTrue(tooShort.err().contains("at least 8 characters"), tooShort.err());
        assertTrue(plainHeader());

        CommandRun noFile = run("passphrase", "set", "--new-passphrase-file", secrets.resolve("absent").toString());
        assertEquals(2, noFile.status());
        assertTrue(noFile.err().startsWith("Could not read the passphrase file"), noFile.err());
        assertTrue(plainHeader());

        CommandRun notSet = run("passphrase", "remove");
        assertEquals(2, notSet.status());
        assertTrue(notSet.err().contains("has no passphrase"), notSet.err());
    }
}
