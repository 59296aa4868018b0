package app.groundwork.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.BackupInfo;
import app.groundwork.domain.JournalQuery;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsViewModelTest {
    @TempDir
    Path dataDir;

    private JournalSession session;
    private BackupsViewModel model;
    private int reopened;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        model = new BackupsViewModel(session.backups(), () -> reopened++, Runnable::run);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void write(String note) {
        session.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 6, note)).join();
    }

    private List<String> notes(JournalSession in) {
        return in.journal().find(JournalQuery.text("")).join().stream().map(entry -> entry.note()).sorted().toList();
    }

    @Test
    void nothingIsReadUntilRefreshAndThenTheCopiesAreListedInWords() {
        write("first");
        write("second");
        session.backUpIfDue().join();

        assertFalse(model.loadedProperty().get());
        assertEquals(List.of(), model.copies());

        model.refresh().join();

        assertTrue(model.loadedProperty().get());
        assertEquals(1, model.copies().size());
        BackupInfo daily = model.copies().get(0);
        assertEquals(LocalDateTime.of(2026, 3, 14, 18, 30), daily.takenAt());
        assertEquals("2 entries", BackupsViewModel.entries(daily));
        assertEquals("Daily", BackupsViewModel.kind(daily));
        assertEquals(Math.round(daily.sizeBytes() / 1024.0) + " KB", BackupsViewModel.size(daily));
        assertEquals(dataDir.resolve("backups").toString(), model.folder());
    }

    @Test
    void sizesEntriesAndKindsHavePlainWords() {
        Path file = dataDir.resolve("x.db");
        LocalDateTime at = LocalDateTime.of(2026, 3, 1, 9, 0);
        assertEquals("1 KB", BackupsViewModel.size(new BackupInfo(file, at, 300, OptionalInt.of(1), BackupInfo.Kind.WEEKLY)));
        assertEquals("12.5 MB", BackupsViewModel.size(new BackupInfo(file, at, 13_107_200, OptionalInt.of(0), BackupInfo.Kind.WEEKLY)));
        assertEquals("one entry", BackupsViewModel.entries(new BackupInfo(file, at, 300, OptionalInt.of(1), BackupInfo.Kind.WEEKLY)));
        assertEquals("no entries", BackupsViewModel.entries(new BackupInfo(file, at, 300, OptionalInt.of(0), BackupInfo.Kind.WEEKLY)));
        assertEquals("11,000 entries", BackupsViewModel.entries(new BackupInfo(file, at, 300, OptionalInt.of(11_000), BackupInfo.Kind.DAILY)));
        assertEquals("couldn’t be read", BackupsViewModel.entries(new BackupInfo(file, at, 300, OptionalInt.empty(), BackupInfo.Kind.DAILY)));
        assertEquals(List.of("Daily", "Weekly", "Before an update", "Made by you", "Before a restore"),
                java.util.Arrays.stream(BackupInfo.Kind.values())
                        .map(kind -> BackupsViewModel.kind(new BackupInfo(file, at, 1, OptionalInt.empty(), kind))).toList());
    }

    @Test
    void aCopyMadeNowAppearsAtTheTopAndIsSaidSo() {
        write("worth a copy");
        model.refresh().join();
        assertEquals(0, model.copies().size());

        model.makeCopy().join();

        assertEquals(1, model.copies().size());
        assertEquals(BackupInfo.Kind.MANUAL, model.copies().get(0).kind());
        assertEquals(OptionalInt.of(1), model.copies().get(0).entries());
        assertEquals("A new copy is at the top of the list, made " + BackupsViewModel.when(model.copies().get(0)) + ".",
                model.statusProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void notNowLeavesEverythingAsItWas() {
        write("kept");
        model.makeCopy().join();
        model.askToRestore(model.copies().get(0));
        assertEquals(model.copies().get(0), model.restoreAskedProperty().get());

        model.keepJournal();

        assertNull(model.restoreAskedProperty().get());
        assertEquals(0, reopened);
        assertEquals(List.of("kept"), notes(session));
    }

    @Test
    void aYesKeepsTheJournalAsACopyPutsTheChosenOneInPlaceAndAsksForTheJournalToOpenAgain() {
        write("in the copy");
        model.makeCopy().join();
        BackupInfo chosen = model.copies().get(0);
        write("written after");

        model.askToRestore(chosen);
        model.confirmRestore().join();

        assertEquals(1, reopened);
        assertEquals("", model.problemProperty().get());
        assertEquals("Your journal is now the copy made " + BackupsViewModel.when(chosen) + ".", model.statusProperty().get());
        session.close();
        session = JournalFixture.openSession(dataDir);
        assertEquals(List.of("in the copy"), notes(session));
        List<BackupInfo> copies = session.backups().list().join();
        BackupInfo before = copies.stream().filter(copy -> copy.kind() == BackupInfo.Kind.BEFORE_RESTORE).findFirst().orElseThrow();
        assertEquals(OptionalInt.of(2), before.entries(), "the journal as it was, both entries");
    }

    @Test
    void aCopyThatCannotBeUsedIsRefusedWithTheReasonAndTheJournalStaysOpen() throws Exception {
        write("mine");
        Path broken = Files.writeString(dataDir.resolve("broken.db"), "not a database");
        BackupInfo copy = new BackupInfo(broken, LocalDateTime.of(2026, 3, 1, 9, 0), 14, OptionalInt.empty(), BackupInfo.Kind.MANUAL);

        model.askToRestore(copy);
        model.confirmRestore().join();

        assertEquals(0, reopened);
        assertEquals(broken + " isn’t a Groundwork journal or a copy of one: it isn’t a database file at all. Your journal is unchanged.",
                model.problemProperty().get());
        assertEquals(List.of("mine"), notes(session), "still open and unchanged");
        assertFalse(model.busyProperty().get());
    }
}
