package app.groundwork.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.transfer.ImportFormat;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Data view on its own, on a real journal: a Daylio file previewed, a mood given its number, brought in by clicking. */
@ExtendWith(ApplicationExtension.class)
class TransferViewTest {
    private JournalSession session;
    private TransferViewModel model;
    private Path folder;
    private Locale before;

    @Start
    void start(Stage stage) throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        folder = Files.createTempDirectory("transfer-view");
        session = JournalFixture.openSession(folder.resolve("journal"));
        model = new TransferViewModel(session.exports(), session.imports(), Platform::runLater);
        Scene scene = new Scene(new ScrollPane(new TransferView(model)), 1000, 760);
        Theme.apply(scene, AppSettings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeJournal() {
        session.close();
        Locale.setDefault(before);
    }

    @Test
    void aDaylioFileIsPreviewedGivenItsMoodNumbersAndBroughtIn(FxRobot robot) throws Exception {
        Path daylio = Path.of(getClass().getResource("/imports/daylio-custom-moods.csv").toURI());
        robot.interact(() -> {
            model.importFormatProperty().set(ImportFormat.DAYLIO);
            model.importFileProperty().set(daylio);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.moods().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Button bringIn = robot.lookup("#import-bring-in").queryButton();
        assertTrue(bringIn.isDisabled(), "a mood still needs its number");
        Label message = robot.lookup("#import-message").queryAs(Label.class);
        assertEquals("Give these moods a number from 1 to 10 first: sleepy.", message.getText());
        assertEquals(1, robot.lookup(".transfer-mood").queryAll().size(), "good, with its default");
        assertEquals(1, robot.lookup(".transfer-mood-needed").queryAll().size(), "sleepy, waiting for a number");

        Spinner<Integer> sleepy = robot.lookup(".transfer-mood-needed .spinner").query();
        robot.interact(() -> sleepy.getValueFactory().setValue(4));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bringIn.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#import-summary").queryAs(Label.class).getText().contains("3 check-ins"));

        robot.clickOn(bringIn);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().startsWith("Your journal is restored"));
        assertEquals("Your journal is restored: 3 check-ins.", message.getText());
        assertEquals(3, session.journal().find(new JournalQuery(null, null, null, null, null, null, 10)).join().size());
    }

    @Test
    void theJournalIsWrittenOutByClicking(FxRobot robot) throws Exception {
        Path file = folder.resolve("everything.json");
        robot.interact(() -> model.exportTargetProperty().set(file));
        robot.clickOn("#export-write");
        Label message = robot.lookup("#export-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> message.getText().contains("written"));
        assertEquals("No entries written to " + file + ".", message.getText());
        assertTrue(Files.readString(file).startsWith("{\n  \"format\" : \"groundwork-journal\""));
    }
}
