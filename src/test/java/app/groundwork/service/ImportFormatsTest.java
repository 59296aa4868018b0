package app.groundwork.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.EntryType;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.transfer.ImportFormat;
import app.groundwork.domain.transfer.ImportPreview;
import app.groundwork.domain.transfer.ImportRefused;
import app.groundwork.domain.transfer.ImportResult;
import app.groundwork.domain.transfer.ParsedImport;
import java.time.LocalDate;
import java.time.LocalTime;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daylio and jrnl files as those apps write them, brought into a real journal. */
class ImportFormatsTest {
    @TempDir
    Path dataDir;

    private static List<JournalEntry> oldestFirst(JournalSession session) {
        return session.journal().find(new JournalQuery(null, null, null, null, null, null, 100)).join().stream()
                .sorted(Comparator.comparing(JournalEntry::date).thenComparing(JournalEntry::time)).toList();
    }

    @Test
    void daylioRowsBecomeCheckInsWithMappedMoodsTagsAndJoinedNotes() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            Path file = TransferJournal.resource("daylio-export.csv");
            ImportPreview preview = session.imports().preview(file, ImportFormat.DAYLIO, Map.of()).join();
            assertTrue(preview.ready());
            assertEquals(5, preview.toAdd().of("checkin"));
            assertEquals(LocalDate.of(2024, 2, 29), preview.firstDay());
            assertEquals(LocalDate.of(2024, 3, 2), preview.lastDay());
            assertEquals(List.of("rad", "meh", "bad", "good", "awful"),
                    preview.moods().stream().map(ParsedImport.MoodUse::name).toList());
            assertEquals(List.of("friends", "long walk", "cooking", "sleep early", "work", "#deadline").size() - 3,
                    preview.notes().size(), "three activities had to change to be tags: " + preview.notes());
            assertEquals(0, oldestFirst(session).size(), "a preview writes nothing");

            ImportResult result = session.imports().bringIn(file, ImportFormat.DAYLIO, Map.of()).join();
            assertEquals(5, result.imported().of("checkin"));
            List<JournalEntry> entries = oldestFirst(session);
            assertEquals(List.of(1, 7, 3, 5, 9), entries.stream().map(JournalEntry::mood).toList());
            assertEquals(LocalTime.of(12, 0), entries.get(0).time(), "12:00 PM is noon");
            assertEquals("Leap day\nStayed in bed until noon,\r\nthen made tea.", entries.get(0).note());
            assertEquals("Rough one\nMissed the call.\n\nNot the end of the world, though.", entries.get(2).note());
            assertEquals(List.of("work", "deadline"), entries.get(2).tags());
            assertEquals(LocalTime.of(21, 10), entries.get(4).time());
            assertEquals("Dinner with Sam, finally\nWe laughed about the \"great exam disaster\" of 2019.\nFelt like me again 🌱",
                    entries.get(4).note());
            assertEquals(List.of("friends", "long-walk", "cooking"), entries.get(4).tags());
            assertEquals(List.of("sleep-early"), entries.get(3).tags());
            assertEquals(1, session.journal().find(TransferJournal.search("disaster")).join().size(), "searchable at once");

            ImportResult again = session.imports().bringIn(file, ImportFormat.DAYLIO, Map.of()).join();
            assertEquals(0, again.imported().total());
            assertEquals(5, again.skipped().of("checkin"), "the same rows are never brought in twice");
        }
    }

    @Test
    void olderDaylioExportsWithAYearColumnAreRead() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            session.imports().bringIn(TransferJournal.resource("daylio-older.csv"), ImportFormat.DAYLIO, Map.of()).join();
            List<JournalEntry> entries = oldestFirst(session);
            assertEquals(3, entries.size());
            assertEquals(LocalDate.of(2019, 6, 13), entries.get(0).date());
            assertEquals(LocalTime.of(23, 59), entries.get(0).time());
            assertEquals(List.of(7), List.of(entries.get(2).mood()));
            assertEquals("First week of the new job", entries.get(2).note());
        }
    }

    @Test
    void aMoodOfThePersonsOwnMustBeGivenANumberFirst() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            Path file = TransferJournal.resource("daylio-custom-moods.csv");
            ImportPreview preview = session.imports().preview(file, ImportFormat.DAYLIO, Map.of()).join();
            assertFalse(preview.ready());
            assertEquals(List.of("sleepy"), preview.unmappedMoods());
            assertEquals(2, preview.moods().get(1).rows(), "“sleepy” and “Sleepy” are the same mood");
            assertNull(preview.moods().get(1).value());

            CompletionException refused = assertThrows(CompletionException.class,
                    () -> session.imports().bringIn(file, ImportFormat.DAYLIO, Map.of()).join());
            ImportRefused reason = assertInstanceOf(ImportRefused.class, refused.getCause());
            assertEquals("import.refused.daylio.unmapped", reason.reasonKey());
            assertTrue(ImportService.describe(refused).contains("sleepy"), ImportService.describe(refused));
            assertEquals(0, oldestFirst(session).size(), "nothing was written");

            ImportResult result = session.imports().bringIn(file, ImportFormat.DAYLIO, Map.of("Sleepy", 4, "good", 8)).join();
            assertEquals(3, result.imported().of("checkin"));
            assertEquals(List.of(8, 4, 4), oldestFirst(session).stream().map(JournalEntry::mood).toList());
        }
    }

    @Test
    void jrnlEntriesBecomeNotesWithTheirTagsAndStars() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            ImportResult result = session.imports().bringIn(TransferJournal.resource("jrnl-notes.json"), ImportFormat.JRNL, Map.of()).join();
            assertEquals(4, result.imported().of("note"));
            List<JournalEntry> notes = oldestFirst(session);
            assertTrue(notes.stream().allMatch(entry -> entry.type() == EntryType.NOTE && entry.mood() == null));
            assertEquals("Call with Dana went better than I feared.\nShe said \"you're allowed to take a week\", and I wrote it down.\n"
                    + "Then, somehow, I made lunch.", notes.get(1).note());
            assertEquals(List.of("work", "starred"), notes.get(1).tags());
            assertEquals("Evening.", notes.get(2).note());
            assertEquals(List.of("family-dinner", "work", "starred"), notes.get(3).tags());
            assertEquals(LocalTime.of(7, 15), notes.get(0).time());
            assertEquals(2, session.journal().find(new JournalQuery(null, null, null, null, "starred", null, 100)).join().size());
        }
    }
}
