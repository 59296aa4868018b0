package app.groundwork.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.service.SettingsFile;
import app.groundwork.ui.common.SettingsKeeper;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passphrase part of Settings → Your data without a display, on a real journal in a temporary folder. */
class PassphraseViewModelTest {
    private static final String PASSPHRASE = "seven apples under a pear tree";

    @TempDir
    Path journalDir;
    @TempDir
    Path settingsDir;
    private JournalSession session;
    private final SimpleObjectProperty<AppSettings> applied = new SimpleObjectProperty<>(AppSettings.DEFAULTS);
    private final AtomicInteger locks = new AtomicInteger();
    private PassphraseViewModel model;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(journalDir);
        model = new PassphraseViewModel(session.passphrase(),
                new SettingsKeeper(applied, new SettingsFile(settingsDir), Runnable::run, Runnable::run),
                locks::incrementAndGet, Runnable::run);
        model.refresh().join();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aMistypedPassphraseIsExplainedAndARightOneEncryptsAndIsCleared() {
        assertTrue(model.loadedProperty().get());
        assertFalse(model.setProperty().get());
        model.chosenProperty().set(PASSPHRASE);
        model.repeatedProperty().set(PASSPHRASE + "s");
        model.setPassphrase().join();
        assertEquals("The new passphrase again: The two passphrases are not the same. Type the new one twice, exactly alike.",
                model.problemProperty().get());
        assertFalse(session.passphrase().isSet().join());

        model.repeatedProperty().set(PASSPHRASE);
        model.setPassphrase().join();
        assertEquals("", model.problemProperty().get());
        assertTrue(model.setProperty().get());
        assertTrue(session.passphrase().isSet().join());
        assertEquals("", model.chosenProperty().get());
        assertEquals("", model.repeatedProperty().get());
        assertEquals("Your journal and its copies are encrypted now.", model.statusProperty().get());
    }

    @Test
    void changeAndRemoveAskForTheCurrentPassphrase() {
        session.passphrase().set(PASSPHRASE, PASSPHRASE).join();
        model.refresh().join();
        model.currentProperty().set("not the one");
        model.remove().join();
        assertEquals("Current passphrase: That is not the journal’s current passphrase, so nothing was changed.",
                model.problemProperty().get());
        assertTrue(model.setProperty().get());

        model.currentProperty().set(PASSPHRASE);
        model.remove().join();
        assertFalse(model.setProperty().get());
        assertFalse(session.passphrase().isSet().join());
        assertEquals("", model.currentProperty().get(), "the typed passphrase is not kept");
    }

    @Test
    void lockingNeedsAPassphraseAndTheIdleTimeIsKept() {
        model.lockNow();
        assertEquals(0, locks.get(), "a plain journal has nothing to lock");
        session.passphrase().set(PASSPHRASE, PASSPHRASE).join();
        model.refresh().join();
        model.lockNow();
        assertEquals(1, locks.get());

        model.autoLockMinutesProperty().set(30);
        assertEquals(30, applied.get().autoLockMinutes());
        assertEquals(30, new SettingsFile(settingsDir).load().autoLockMinutes(), "kept for next time");
        assertEquals("After 30 minutes", PassphraseViewModel.autoLockText(30));
        assertEquals("Never", PassphraseViewModel.autoLockText(0));
    }
}
