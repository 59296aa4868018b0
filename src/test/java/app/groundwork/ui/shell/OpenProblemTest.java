package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.AppContext;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What a person sees when the journal cannot be opened: the reason, the file, and a way forward. */
class OpenProblemTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private Shell shell;

    private void startWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            AppContext context = new AppContext(dataDir, Clock.systemDefaultZone());
            shell = new Shell(context, new SimpleObjectProperty<>(AppSettings.DEFAULTS), Platform::runLater, () -> { });
            Scene scene = new Scene(shell.root(), 1000, 700);
            Theme.apply(scene, AppSettings.DEFAULTS);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.asyncFx(shell::openJournal).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::close).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupStages();
    }

    @Test
    void aJournalOpenElsewhereIsExplainedInsteadOfTheWelcome() throws Exception {
        try (JournalSession elsewhere = JournalFixture.openSession(dataDir)) {
            startWindow();

            assertTrue(robot.lookup("#welcome-begin").queryAll().isEmpty(), "the welcome waits for a start that can open the journal");
            assertTrue(robot.lookup("#open-close").query().isVisible());
            assertTrue(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                    .anyMatch(label -> label.getText().contains(dataDir.resolve("journal.db").toString())));
            assertTrue(robot.lookup("#nav-today").query().isDisabled());
        }
    }

    @Test
    void supportIsThereEvenWhenTheJournalCannotBeOpened() throws Exception {
        try (JournalSession elsewhere = JournalFixture.openSession(dataDir)) {
            startWindow();

            assertFalse(robot.lookup("#nav-support").query().isDisabled());
            robot.clickOn("#nav-support");
            WaitForAsyncUtils.waitForFxEvents();

            List<String> lines = robot.lookup("#support-panel .support-contact").queryAllAs(Labeled.class).stream()
                    .map(Labeled::getText).toList();
            assertTrue(lines.stream().anyMatch(line -> line.contains("findahelpline.com")), lines.toString());
            assertTrue(robot.lookup("#support-panel .label").queryAllAs(Labeled.class).stream()
                    .anyMatch(label -> label.getText().contains("isn’t open right now")));
            robot.clickOn("#support-safe");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#support-panel").queryAll().isEmpty());
        }
    }

    @Test
    void aDamagedJournalCanBeReplacedByItsNewestBackupWithoutLosingTheDamagedFile() throws Exception {
        try (JournalSession before = JournalFixture.openSession(dataDir)) {
            before.checkIns().save(JournalFixture.checkIn(JournalFixture.TODAY, 5, "kept in the backup")).join();
            before.backUpIfDue().join().orElseThrow();
        }
        Files.writeString(dataDir.resolve("journal.db"), "scrambled by a failing disk");
        Files.deleteIfExists(dataDir.resolve("journal.db-wal"));
        Files.deleteIfExists(dataDir.resolve("journal.db-shm"));
        startWindow();

        robot.clickOn("#open-restore");
        // the welcome is the last thing the opened window adds, so once it is there the journal is open
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#welcome-begin").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        try (var names = Files.list(dataDir)) {
            Path aside = names.filter(p -> p.getFileName().toString().startsWith("journal.db.damaged-")).findFirst().orElseThrow();
            assertEquals("scrambled by a failing disk", Files.readString(aside));
        }
        robot.clickOn("#welcome-begin");
        robot.clickOn("#nav-journal");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#journal-list").queryListView().getItems().isEmpty());
        assertEquals(1, robot.lookup("#journal-list").queryListView().getItems().size());
    }
}
