package app.groundwork.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.HelplineRegion;
import app.groundwork.service.AppSettings;
import app.groundwork.service.AppSettings.Theme;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.service.SettingsFile;
import app.groundwork.ui.common.SettingsKeeper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path journalDir;
    private JournalSession session;

    @BeforeEach
    void openJournal() {
        session = JournalFixture.openSession(journalDir);
    }

    @AfterEach
    void closeJournal() {
        session.close();
    }

    @Test
    void aChangeAppliesAtOnceAndIsKeptForNextTime() {
        SimpleObjectProperty<AppSettings> applied = new SimpleObjectProperty<>(AppSettings.DEFAULTS);
        SettingsViewModel settings = new SettingsViewModel(new SettingsKeeper(applied, new SettingsFile(dataDir), Runnable::run, Runnable::run),
                Runnable::run, dataDir.resolve("journal.db"), List.of(), session.support());

        settings.themeProperty().set(Theme.DARK);
        settings.textSizeProperty().set(18);
        settings.reducedMotionProperty().set(true);

        AppSettings expected = AppSettings.DEFAULTS.withTheme(Theme.DARK).withTextSize(18).withReducedMotion(true);
        assertEquals(expected, applied.get());
        assertEquals(expected, new SettingsFile(dataDir).load(), "kept for next time");
        assertEquals("", settings.problemProperty().get());
    }

    @Test
    void aSettingThatCannotBeWrittenIsStillUsedAndSaysSo() throws Exception {
        Files.writeString(dataDir.resolve("blocked"), "a file where the folder should be");
        SimpleObjectProperty<AppSettings> applied = new SimpleObjectProperty<>(AppSettings.DEFAULTS);
        SettingsViewModel settings = new SettingsViewModel(new SettingsKeeper(applied, new SettingsFile(dataDir.resolve("blocked")), Runnable::run, Runnable::run),
                Runnable::run, dataDir.resolve("journal.db"), List.of(), session.support());

        settings.themeProperty().set(Theme.DARK);

        assertEquals(Theme.DARK, applied.get().theme());
        assertTrue(settings.problemProperty().get().startsWith("The setting is in use but couldn’t be kept"));
    }

    @Test
    void choosingARegionAppliesItAndKeepsItInTheSettingsFile() {
        SimpleObjectProperty<AppSettings> applied = new SimpleObjectProperty<>(AppSettings.DEFAULTS.withRegion("us"));
        SettingsViewModel settings = new SettingsViewModel(new SettingsKeeper(applied, new SettingsFile(dataDir), Runnable::run, Runnable::run),
                Runnable::run, dataDir.resolve("journal.db"), List.of(), session.support());
        assertEquals("us", settings.support().regionProperty().get().id());

        HelplineRegion australia = settings.support().regions().stream()
                .filter(region -> region.id().equals("au")).findFirst().orElseThrow();
        settings.support().regionProperty().set(australia);

        assertEquals("au", applied.get().region());
        assertEquals("au", new SettingsFile(dataDir).load().region());
        assertEquals(Theme.LIGHT, applied.get().theme());
    }

    @Test
    void anUnchosenRegionIsGuessedButNotWrittenDown() {
        SimpleObjectProperty<AppSettings> applied = new SimpleObjectProperty<>(AppSettings.DEFAULTS);
        SettingsViewModel settings = new SettingsViewModel(new SettingsKeeper(applied, new SettingsFile(dataDir), Runnable::run, Runnable::run),
                Runnable::run, dataDir.resolve("journal.db"), List.of(), session.support());

        assertEquals(AppSettings.DEFAULTS.regionOrGuess(java.util.Locale.getDefault()),
                settings.support().regionProperty().get().id());
        assertEquals("", applied.get().region());
        assertFalse(Files.exists(dataDir.resolve("settings.properties")));
    }

    @Test
    void anUnreadableOrOddSettingsFileMeansDefaultsNotAFailedStart() throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"), "theme=purple\ntextSize=huge\nwelcomeRead=maybe\n");
        assertEquals(AppSettings.DEFAULTS, new SettingsFile(dataDir).load());

        Files.writeString(dataDir.resolve("settings.properties"), "textSize=400\n");
        assertEquals(AppSettings.LARGEST_TEXT, new SettingsFile(dataDir).load().textSize());
        assertFalse(new SettingsFile(dataDir.resolve("missing")).load().welcomeRead());
    }
}
