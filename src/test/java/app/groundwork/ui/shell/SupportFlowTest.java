package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.AppContext;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.SupportContact;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.common.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Someone writes words of crisis in a check-in: the entry is stored, and the support panel opens with their own
 * contact and their region's helplines. The panel is also there from the navigation at any time.
 */
@ExtendWith(ApplicationExtension.class)
class SupportFlowTest {
    private static final String NOTE = "Failed again. Honestly everyone would be better off without me.";

    @TempDir
    static Path dataDir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        try (JournalSession before = JournalFixture.openSession(dataDir)) {
            if (before.support().contacts().join().isEmpty()) {
                before.support().saveContact(SupportContact.newContact("Sam", "07700 900123", "")).join();
            }
        }
        AppContext context = new AppContext(dataDir, Clock.systemDefaultZone());
        AppSettings settings = AppSettings.DEFAULTS.withWelcomeRead().withRegion("uk-ie");
        shell = new Shell(context, new SimpleObjectProperty<>(settings), Platform::runLater, () -> { });
        Scene scene = new Scene(shell.root(), 1100, 760);
        Theme.apply(scene, settings);
        stage.setScene(scene);
        stage.show();
        shell.openJournal();
    }

    @AfterEach
    void closeJournal() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::close).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static void focusAndClick(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    private static List<String> shownTexts(FxRobot robot) {
        return robot.lookup("#support-panel .support-contact").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    @Test
    void aFlaggedCheckInIsStoredAndTheSupportPanelOpens(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#nav-checkin").query().isDisabled());
        robot.clickOn("#nav-checkin");
        Node moodTwo = robot.lookup("#mood-scale .scale-step").match(node -> "2".equals(((Labeled) node).getText())).query();
        robot.clickOn(moodTwo);
        focusAndClick(robot, "#checkin-note");
        robot.write(NOTE);
        focusAndClick(robot, "#checkin-save");

        waitUntil(() -> !robot.lookup("#support-panel").queryAll().isEmpty());
        waitUntil(() -> shownTexts(robot).contains("07700 900123"));
        List<String> shown = shownTexts(robot);
        assertTrue(shown.stream().anyMatch(text -> text.contains("116 123")), "Samaritans for the UK and Ireland: " + shown);
        assertTrue(robot.lookup("#support-panel .section-title").queryAllAs(Labeled.class).stream()
                .anyMatch(title -> title.getText().contains("United Kingdom")));

        // while the panel is open, the entry is already in the journal, whole
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> shell.workspace().journal().entries().stream()
                .map(JournalEntry::note).toList()).get(5, TimeUnit.SECONDS).contains(NOTE));

        robot.clickOn("#support-safe");
        waitUntil(() -> robot.lookup("#support-panel").queryAll().isEmpty());
        robot.clickOn("#nav-journal");
        waitUntil(() -> robot.lookup("#journal-list").queryListView().getItems().stream()
                .anyMatch(entry -> NOTE.equals(((JournalEntry) entry).note())));
    }

    @Test
    void needSupportNowOpensThePanelFromAnyScreenAndEscapeClosesIt(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#nav-journal").query().isDisabled());
        robot.clickOn("#nav-journal");
        robot.clickOn("#nav-support");

        waitUntil(() -> !robot.lookup("#support-panel").queryAll().isEmpty());
        waitUntil(() -> shownTexts(robot).contains("07700 900123"));
        assertFalse(shownTexts(robot).isEmpty());

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#support-panel").queryAll().isEmpty());
        assertTrue(robot.lookup("#nav-journal").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the screen underneath is as it was");
    }
}
