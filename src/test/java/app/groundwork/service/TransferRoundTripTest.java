package app.groundwork.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.EntryType;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.transfer.ExportFormat;
import app.groundwork.domain.transfer.ImportFormat;
import app.groundwork.domain.transfer.ImportPreview;
import app.groundwork.domain.transfer.ImportResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export → import into an empty journal → export again gives the same bytes, on a demo journal with every kind of
 * entry, goals, wins, support contacts, helpline changes and preferences; search finds the same things afterwards.
 */
class TransferRoundTripTest {
    /** Ten years, as the benchmark (bench/transfer.sh) uses. */
    private static final int YEARS = 10;

    @TempDir
    Path work;

    @Test
    void exportImportExportGivesTheSameFileAndTheSameSearch() throws Exception {
        Path original = work.resolve("original");
        Path restored = work.resolve("restored");
        Path first = work.resolve("first.json");
        Path second = work.resolve("second.json");
        List<JournalEntry> foundBefore;
        try (JournalSession session = JournalFixture.openSession(original)) {
            TransferJournal.fill(session, YEARS);
            int written = session.exports().export(ExportFormat.JSON, first, null, null, false).join().entries();
            assertTrue(written > 700, "entries exported: " + written);
            foundBefore = session.journal().find(TransferJournal.search("cake")).join();
        }
        try (JournalSession session = JournalFixture.openSession(restored)) {
            ImportPreview preview = session.imports().preview(first, ImportFormat.GROUNDWORK, Map.of()).join();
            assertTrue(preview.restore(), "an empty journal is restored");
            assertEquals(0, preview.skipped().total());
            ImportResult result = session.imports().bringIn(first, ImportFormat.GROUNDWORK, Map.of()).join();
            assertTrue(result.restore());
            assertEquals(preview.toAdd(), result.imported());
            assertEquals(4, result.imported().of("note"));
            assertEquals(2, result.imported().of("contact"));
            assertEquals(2, result.imported().of("helpline"));
            assertEquals(2, result.imported().of("practice"));
            session.exports().export(ExportFormat.JSON, second, null, null, false).join();
            List<JournalEntry> foundAfter = session.journal().find(TransferJournal.search("cake")).join();
            assertEquals(foundBefore.stream().map(JournalEntry::note).toList(), foundAfter.stream().map(JournalEntry::note).toList());
            assertTrue(foundAfter.stream().anyMatch(entry -> entry.type() == EntryType.NOTE
                    && entry.note().startsWith("Sunday at Mum's")), "the note brought in from jrnl is found");
        }
        byte[] before = Files.readAllBytes(first);
        byte[] after = Files.readAllBytes(second);
        assertArrayEquals(before, after, "the second export is byte for byte the first");
        assertEquals(TransferJournal.searchRows(original), TransferJournal.searchRows(restored),
                "every full-text row is what the app itself wrote");
        String text = new String(before, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\" : \"groundwork-journal\",\n  \"version\" : 1,"), text.substring(0, 80));
        assertFalse(text.contains("gone soon"), "an entry deleted (and not undone) is not exported");
        assertFalse(text.contains("\r"), "line ends are LF on every system");
    }

    @Test
    void importingTheSameFileAgainAddsNothing() {
        Path file = work.resolve("journal.json");
        try (JournalSession session = JournalFixture.openSession(work.resolve("journal"))) {
            TransferJournal.fillExtras(session);
            session.exports().export(ExportFormat.JSON, file, null, null, false).join();
            int entries = session.journal().find(TransferJournal.search(null)).join().size();

            ImportResult again = session.imports().bringIn(file, ImportFormat.GROUNDWORK, Map.of()).join();
            assertFalse(again.restore());
            assertEquals(0, again.imported().total(), "nothing new: " + again.imported());
            assertEquals(entries, again.skipped().entries());
            assertEquals(2, again.skipped().of("contact"));
            assertEquals(entries, session.journal().find(TransferJournal.search(null)).join().size());
        }
    }
}
