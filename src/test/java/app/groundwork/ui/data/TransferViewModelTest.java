package app.groundwork.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.transfer.ExportFormat;
import app.groundwork.domain.transfer.ImportFormat;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Data without a display, on a real journal: preview, moods, bringing in, refusals and writing out. */
class TransferViewModelTest {
    @TempDir
    Path work;

    private JournalSession session;
    private TransferViewModel model;
    private final AtomicInteger imported = new AtomicInteger();
    private Locale before;

    @BeforeEach
    void open() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        session = JournalFixture.openSession(work.resolve("journal"));
        model = new TransferViewModel(session.exports(), session.imports(), Runnable::run);
        model.setAfterImport(imported::incrementAndGet);
    }

    @AfterEach
    void close() {
        session.close();
        Locale.setDefault(before);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TransferViewModelTest.class.getResource("/imports/" + name).toURI());
    }

    private int entries() {
        return session.journal().find(new JournalQuery(null, null, null, null, null, null, 100)).join().size();
    }

    @Test
    void aDaylioFileIsPreviewedItsOwnMoodGivenANumberAndBroughtIn() throws Exception {
        model.importFormatProperty().set(ImportFormat.DAYLIO);
        model.importFileProperty().set(resource("daylio-custom-moods.csv"));

        assertFalse(model.canBringInProperty().get(), "a mood still needs a number");
        assertEquals("Give these moods a number from 1 to 10 first: sleepy.", model.importMessageProperty().get());
        assertEquals(2, model.moods().size());
        assertEquals("good", model.moods().get(0).name());
        assertEquals(7, model.moods().get(0).valueProperty().get());
        assertTrue(model.moods().get(1).needed());
        assertEquals("Your journal is empty, so this would restore it: 1 check-in. The entries run from 10 Apr 2024 to 10 Apr 2024.",
                model.previewSummaryProperty().get());

        model.moods().get(1).valueProperty().set(4);
        assertTrue(model.canBringInProperty().get());
        assertEquals("", model.importMessageProperty().get());
        assertTrue(model.previewSummaryProperty().get().contains("3 check-ins"), model.previewSummaryProperty().get());
        assertEquals("10 Apr 2024, 20:00 · Check-in · Fine", model.previewLines().get(0));
        assertEquals(0, entries(), "a preview writes nothing");

        model.bringIn().join();
        assertEquals(3, entries());
        assertEquals(1, imported.get());
        assertEquals("Your journal is restored: 3 check-ins.", model.importMessageProperty().get());
        assertNull(model.previewProperty().get());
        assertFalse(model.canBringInProperty().get(), "the same file is not brought in twice by a second click");
    }

    @Test
    void aRefusedFileSaysWhereAndWhyAndCannotBeBroughtIn() throws Exception {
        Path broken = Files.writeString(work.resolve("broken.csv"),
                "full_date,date,weekday,time,mood,activities,note_title,note\n2024-02-30,February 30,Friday,18:45,bad,,,\n");
        model.importFormatProperty().set(ImportFormat.DAYLIO);
        model.importFileProperty().set(broken);
        assertFalse(model.canBringInProperty().get());
        assertNull(model.previewProperty().get());
        assertEquals(broken + ", line 2: full_date “2024-02-30” is not a day on the calendar.", model.importMessageProperty().get());
        model.bringIn().join();
        assertEquals(0, entries());
        assertEquals(0, imported.get());
    }

    @Test
    void theJournalIsWrittenOutToTheChosenPlace() throws Exception {
        session.imports().bringIn(resource("jrnl-notes.json"), app.groundwork.domain.transfer.ImportFormat.JRNL, java.util.Map.of()).join();
        model.export().join();
        assertEquals("Choose a file to write to first.", model.exportMessageProperty().get());

        Path file = work.resolve("journal.json");
        model.exportTargetProperty().set(file);
        model.export().join();
        assertEquals("4 entries written to " + file + ".", model.exportMessageProperty().get());
        assertTrue(Files.readString(file).contains("\"type\" : \"note\""));

        model.exportFormatProperty().set(ExportFormat.CSV);
        assertTrue(model.exportIntoFolderProperty().get());
        assertNull(model.exportTargetProperty().get(), "a file is no place for a folder's worth");
        Path folder = work.resolve("sheets");
        model.exportTargetProperty().set(folder);
        model.fromProperty().set(LocalDate.of(2024, 2, 4));
        model.export().join();
        assertEquals("1 entry written into 6 files in " + folder + ".", model.exportMessageProperty().get());
        assertEquals(2, Files.readAllLines(folder.resolve("notes.csv")).size() - 1, "the header and one note over two lines");

        model.toProperty().set(LocalDate.of(2024, 2, 1));
        model.export().join();
        assertEquals("The first day is after the last one; swap them round and try again.", model.exportMessageProperty().get());
    }
}
