package app.groundwork.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.CheckInDraft;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.JournalQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal with a passphrase, on real files: no entry's words anywhere under the data folder once it is set (the
 * database, its write-ahead log, drafts, backups), its own answer for a missing or wrong passphrase, and change and
 * removal that ask for the current one.
 */
class EncryptionTest {
    private static final String PASSPHRASE = "blue kettle on a quiet shelf";
    private static final String CANARY = "Zebrafinch canary sentence that must never be readable on disk";

    @TempDir
    Path dataDir;

    private OpenOutcome open(String passphrase) {
        return new JournalOpener(JournalFixture.CONTENT, JournalFixture.CLOCK).openHere(dataDir, Runnable::run, passphrase);
    }

    private JournalSession session(String passphrase) {
        OpenOutcome outcome = open(passphrase);
        assertInstanceOf(OpenOutcome.Opened.class, outcome, outcome.toString());
        return ((OpenOutcome.Opened) outcome).session();
    }

    /** Every file under the data folder that holds {@code text} in UTF-8. */
    private List<Path> filesHolding(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i + needle.length <= bytes.length; i++) {
                    if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                        found.add(file);
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static String header(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, 0, Math.min(15, bytes.length), StandardCharsets.ISO_8859_1);
    }

    private static CheckInDraft draft(String note) {
        return new CheckInDraft(null, JournalFixture.TODAY, java.time.LocalTime.NOON, 4, null, null, null, List.of(),
                List.of(), List.of(), note, "", JournalFixture.CLOCK.instant());
    }

    @Test
    void onceSetNoEntryWordsAreLeftInAnyFileAndTheHeaderIsNotPlain() throws Exception {
        try (JournalSession session = session(null)) {
            session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 4, CANARY + " one")).join();
            session.checkIns().keepDraft(draft(CANARY + " draft")).join();
            session.backUpIfDue().join();
            assertFalse(filesHolding(CANARY).isEmpty(), "the scan finds the words in a plain journal");

            session.passphrase().set(PASSPHRASE, PASSPHRASE).join();
            assertTrue(session.passphrase().isSet().join());
            // written after the change: it sits in the write-ahead log while the journal is open
            session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 6, CANARY + " two")).join();
            assertEquals(List.of(), filesHolding(CANARY), "while open");
            assertEquals(2, session.journal().find(JournalQuery.text("zebrafinch")).join().size(), "search still works");
        }
        assertEquals(List.of(), filesHolding(CANARY), "after closing");
        assertFalse(header(dataDir.resolve("journal.db")).startsWith("SQLite format 3"));
        try (Stream<Path> backups = Files.list(dataDir.resolve("backups"))) {
            for (Path backup : backups.toList()) {
                assertFalse(header(backup).startsWith("SQLite format 3"), backup + " is encrypted too");
            }
        }
    }

    @Test
    void aMissingOrWrongPassphraseHasItsOwnAnswerAndTheRightOneOpensEverything() throws Exception {
        try (JournalSession session = session(null)) {
            session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 4, CANARY)).join();
            session.passphrase().set(PASSPHRASE, PASSPHRASE).join();
        }
        assertEquals(new OpenOutcome.NeedsPassphrase(dataDir.resolve("journal.db"), false), open(null));
        assertEquals(new OpenOutcome.NeedsPassphrase(dataDir.resolve("journal.db"), true), open("blue kettle on a quiet shelF"));
        try (JournalSession session = session(PASSPHRASE)) {
            assertEquals(1, session.journal().find(JournalQuery.text("zebrafinch")).join().size());
        }
    }

    @Test
    void changingAsksForTheCurrentOneAndThenOnlyTheNewOneOpensIt() throws Exception {
        try (JournalSession session = session(null)) {
            session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 4, CANARY)).join();
            session.backUpIfDue().join();
            session.passphrase().set(PASSPHRASE, PASSPHRASE).join();
            CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> session.passphrase().change("not it at all", "a brand new phrase", "a brand new phrase").join());
            assertInstanceOf(InvalidEntryException.class, refused.getCause());
            session.passphrase().change(PASSPHRASE, "a brand new phrase", "a brand new phrase").join();
        }
        assertEquals(new OpenOutcome.NeedsPassphrase(dataDir.resolve("journal.db"), true), open(PASSPHRASE));
        try (JournalSession session = session("a brand new phrase")) {
            assertEquals(1, session.journal().find(JournalQuery.text("zebrafinch")).join().size());
        }
        assertEquals(List.of(), filesHolding(CANARY));
    }

    @Test
    void removingMakesItPlainAgainAfterTheCurrentOneIsGiven() throws Exception {
        try (JournalSession session = session(null)) {
            session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 4, CANARY)).join();
            session.passphrase().set(PASSPHRASE, PASSPHRASE).join();
            CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> session.passphrase().remove("guess").join());
            assertInstanceOf(InvalidEntryException.class, refused.getCause());
            assertTrue(session.passphrase().isSet().join());
            session.passphrase().remove(PASSPHRASE).join();
            assertFalse(session.passphrase().isSet().join());
        }
        assertTrue(header(dataDir.resolve("journal.db")).startsWith("SQLite format 3"));
        try (JournalSession session = session(null)) {
            assertEquals(1, session.journal().find(JournalQuery.text("zebrafinch")).join().size());
        }
    }

    @Test
    void aShortOrMistypedPassphraseIsRefusedAndNothingChanges() {
        try (JournalSession session = session(null)) {
            CompletionException tooShort = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> session.passphrase().set("short", "short").join());
            assertEquals("problem.passphrase.short",
                    ((InvalidEntryException) tooShort.getCause()).problems().get(0).key());
            CompletionException differs = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> session.passphrase().set(PASSPHRASE, PASSPHRASE + " ").join());
            assertEquals("problem.passphrase.differs",
                    ((InvalidEntryException) differs.getCause()).problems().get(0).key());
            assertFalse(session.passphrase().isSet().join());
        }
    }

    @Test
    void anEncryptedJournalsCopiesAreEncryptedListedAndRestoredWithItsPassphrase() throws Exception {
        Path copy;
        try (JournalSession session = session(null)) {
            session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 4, CANARY)).join();
            session.passphrase().set(PASSPHRASE, PASSPHRASE).join();
            copy = session.backups().backUpNow().join().file();
            assertFalse(header(copy).startsWith("SQLite format 3"));
            assertEquals(java.util.OptionalInt.of(1), session.backups().list().join().stream()
                    .filter(info -> info.file().equals(copy)).findFirst().orElseThrow().entries());
            session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 7, "written after the copy")).join();
            session.backups().restore(copy).join();
        }
        try (JournalSession session = session(PASSPHRASE)) {
            assertEquals(1, session.journal().find(JournalQuery.everything()).join().size(), "the copy's one entry");
        }
        assertEquals(List.of(), filesHolding(CANARY));
    }
}
