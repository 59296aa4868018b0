package app.groundwork.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.transfer.ArchivedEntry;
import app.groundwork.domain.transfer.EntryIndexer;
import app.groundwork.domain.transfer.ExportFormat;
import app.groundwork.domain.transfer.ImportFormat;
import app.groundwork.domain.transfer.ImportRefused;
import app.groundwork.domain.transfer.JournalArchive;
import app.groundwork.store.Database;
import app.groundwork.store.TransferRepository;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input is refused with the file, the place and the reason, and the journal is exactly as it was
 * (its export before and after is the same, byte for byte).
 */
class ImportRefusalsTest {
    private static final String DAYLIO_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n";

    @TempDir
    Path work;

    private Path dataDir;
    private Path groundwork;

    @BeforeEach
    void aJournalWithSomethingInIt() {
        dataDir = work.resolve("journal");
        groundwork = work.resolve("export.json");
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            TransferJournal.fillExtras(session);
            session.exports().export(ExportFormat.JSON, groundwork, null, null, false).join();
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Imports {@code file} (its preview too), expects a refusal with {@code reason}, and checks nothing changed. */
    private ImportRefused refused(Path file, ImportFormat format, String reason) {
        Path before = work.resolve("before.json");
        Path after = work.resolve("after.json");
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            session.exports().export(ExportFormat.JSON, before, null, null, false).join();
            if (reason.equals("import.refused.daylio.unmapped")) {
                assertEquals(List.of("blissful"), session.imports().preview(file, format, Map.of()).join().unmappedMoods(),
                        "the preview lists the mood that needs a number");
            } else {
                CompletionException previewed = assertThrows(CompletionException.class,
                        () -> session.imports().preview(file, format, Map.of()).join());
                assertEquals(reason, assertInstanceOf(ImportRefused.class, previewed.getCause()).reasonKey());
            }
            CompletionException thrown = assertThrows(CompletionException.class,
                    () -> session.imports().bringIn(file, format, Map.of()).join());
            ImportRefused refusal = assertInstanceOf(ImportRefused.class, thrown.getCause());
            assertEquals(reason, refusal.reasonKey(), ImportService.describe(thrown));
            String line = ImportService.describe(thrown);
            assertTrue(line.startsWith(file.toString()), "the message names the file: " + line);
            assertTrue(!line.contains("\n"), "one line: " + line);
            session.exports().export(ExportFormat.JSON, after, null, null, false).join();
            assertArrayEquals(bytes(before), bytes(after), "the journal is unchanged");
            return refusal;
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEmptyFile() throws IOException {
        refused(file("empty.csv", ""), ImportFormat.DAYLIO, "import.refused.empty");
        refused(file("blank.json", "  \n\n"), ImportFormat.GROUNDWORK, "import.refused.empty");
    }

    @Test
    void aFileCutShort() throws IOException {
        String whole = Files.readString(groundwork);
        ImportRefused refusal = refused(file("cut.json", whole.substring(0, whole.length() / 2)), ImportFormat.GROUNDWORK,
                "import.refused.truncated");
        assertEquals("import.where.line", refusal.where().key());
        ImportRefused csv = refused(file("cut.csv", DAYLIO_HEADER + "2024-03-01,March 1,Friday,18:45,bad,,\"Rough one"),
                ImportFormat.DAYLIO, "import.refused.csv.unclosedQuote");
        assertEquals(List.of(2L), csv.where().args());
    }

    @Test
    void aFileThatIsNotText() throws IOException {
        Path binary = Files.write(work.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        refused(binary, ImportFormat.DAYLIO, "import.refused.binary");
        Path latin1 = Files.write(work.resolve("latin1.json"), "{\"entries\":[{\"title\":\"caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1));
        refused(latin1, ImportFormat.JRNL, "import.refused.binary");
    }

    @Test
    void theWrongHeaderOrTheWrongFormat() throws IOException {
        ImportRefused header = refused(file("sheet.csv", "when,how,notes\n2024-03-01,good,fine\n"), ImportFormat.DAYLIO,
                "import.refused.daylio.header");
        assertEquals(List.of(1L), header.where().args());
        refused(TransferJournal.resource("jrnl-notes.json"), ImportFormat.GROUNDWORK, "import.refused.notGroundwork");
        refused(groundwork, ImportFormat.JRNL, "import.refused.notJrnl");
        refused(file("newer.json", "{\"format\":\"groundwork-journal\",\"version\":2,\"entries\":[]}"), ImportFormat.GROUNDWORK,
                "import.refused.newerVersion");
        ImportRefused columns = refused(file("short.csv", DAYLIO_HEADER + "2024-03-01,March 1,Friday,18:45,bad\n"),
                ImportFormat.DAYLIO, "import.refused.daylio.columns");
        assertEquals(List.of(2L), columns.where().args());
    }

    @Test
    void anImpossibleDayOrTime() throws IOException {
        ImportRefused day = refused(file("day.csv", DAYLIO_HEADER + "2024-03-01,March 1,Friday,18:45,bad,,,\n"
                + "2024-02-30,February 30,Friday,18:45,bad,,,\n"), ImportFormat.DAYLIO, "import.refused.field.date");
        assertEquals(List.of(3L), day.where().args());
        refused(file("time.csv", DAYLIO_HEADER + "2024-03-01,March 1,Friday,25:61,bad,,,\n"), ImportFormat.DAYLIO,
                "import.refused.field.time");
        refused(file("older.csv", "year,date,weekday,time,mood,activities,note\n2023,February 29,Wednesday,9:00 am,good,,\n"),
                ImportFormat.DAYLIO, "import.refused.field.date");
        ImportRefused jrnl = refused(file("jrnl.json", "{\"entries\":[{\"title\":\"a\",\"body\":\"\",\"date\":\"2024-01-01\","
                + "\"time\":\"10:00\"},{\"title\":\"b\",\"date\":\"2024-13-01\",\"time\":\"10:00\"}]}"), ImportFormat.JRNL,
                "import.refused.field.date");
        assertEquals(ImportRefused.Place.entry(2), jrnl.where());
        String whole = Files.readString(groundwork);
        ImportRefused entry = refused(file("edited.json", whole.replaceFirst("\"time\" : \"\\d\\d:\\d\\d\"", "\"time\" : \"24:10\"")),
                ImportFormat.GROUNDWORK, "import.refused.field.time");
        assertEquals("import.where.entry", entry.where().key());
    }

    @Test
    void aDayInTheFutureOrAMoodWithNoNumber() throws IOException {
        refused(file("future.csv", DAYLIO_HEADER + "2031-03-01,March 1,Saturday,18:45,good,,,\n"), ImportFormat.DAYLIO,
                "problem.date.future");
        refused(file("moods.csv", DAYLIO_HEADER + "2024-03-01,March 1,Friday,18:45,blissful,,,\n"), ImportFormat.DAYLIO,
                "import.refused.daylio.unmapped");
    }

    @Test
    void absurdNestingOrSize() throws IOException {
        refused(file("deep.json", "[".repeat(500) + "]".repeat(500)), ImportFormat.GROUNDWORK, "import.refused.tooDeep");
        refused(file("deep-jrnl.json", "{\"entries\":" + "[".repeat(100) + "]".repeat(100) + "}"), ImportFormat.JRNL,
                "import.refused.tooDeep");
        Path huge = work.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(51L * 1024 * 1024);
        }
        refused(huge, ImportFormat.DAYLIO, "import.refused.tooBig");
    }

    @Test
    void aValueThatIsNotAllowed() throws IOException {
        String whole = Files.readString(groundwork);
        refused(file("field.json", whole.replaceFirst("\"note\" : ", "\"colour\" : \"blue\",\n      \"note\" : ")),
                ImportFormat.GROUNDWORK, "import.refused.unknownField");
        refused(file("moods.json", whole.replace("\"type\" : \"note\"", "\"type\" : \"dream\"")), ImportFormat.GROUNDWORK,
                "import.refused.field.unknown");
    }

    @Test
    void aFailureWhileWritingLeavesNothingBehind() {
        try (JournalSession session = JournalFixture.openSession(work.resolve("source"))) {
            TransferJournal.fillExtras(session);
        }
        Path target = work.resolve("target");
        try (Database database = Database.open(work.resolve("source"), Runnable::run, JournalFixture.CLOCK)) {
            JournalArchive archive = new TransferRepository(database).readAll().join();
            database.close();
            try (Database empty = Database.open(target, Runnable::run, JournalFixture.CLOCK)) {
                TransferRepository transfers = new TransferRepository(empty);
                AtomicInteger written = new AtomicInteger();
                EntryIndexer failingHalfWay = (ArchivedEntry entry, app.groundwork.domain.transfer.ArchivedGoal goal) -> {
                    if (written.incrementAndGet() == archive.entries().size() / 2) {
                        throw new IllegalStateException("the disk is full");
                    }
                    return new EntryIndexer.IndexText(entry.note(), "");
                };
                assertThrows(CompletionException.class, () -> transfers.merge(journal -> archive, failingHalfWay).join());
                assertTrue(written.get() > 1, "some entries were on their way in");
                JournalArchive after = transfers.readAll().join();
                assertTrue(after.isEmpty(), "all or nothing: " + after.entries().size() + " entries");
            }
        }
    }
}
