package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.SupportContact;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
        shell = ShellFlow.show(stage, dataDir, AppSettings.DEFAULTS.withWelcomeRead().withRegion("uk-ie"), 1100, 760);
    }

    @AfterEach
    void closeJournal() throws Exception {
        ShellFlow.close(shell);
    }



    private static List<String> shownTexts(FxRobot robot) {
        return robot.lookup("#support-panel .support-contact").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
    }

    @Test
    void aFlaggedCheckInIsStoredAndTheSupportPanelOpens(FxRobot robot) throws Exception {
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-checkin").query().isDisabled());
        robot.clickOn("#nav-checkin");
        Node moodTwo = robot.lookup("#mood-scale .scale-step").match(node -> "2".equals(((Labeled) node).getText())).query();
        robot.clickOn(moodTwo);
        ShellFlow.click(robot, "#checkin-note");
        robot.write(NOTE);
        ShellFlow.click(robot, "#checkin-save");

        ShellFlow.waitUntil(() -> !robot.lookup("#support-panel").queryAll().isEmpty());
        ShellFlow.waitUntil(() -> shownTexts(robot).contains("07700 900123"));
        List<String> shown = shownTexts(robot);
        assertTrue(shown.stream().anyMatch(text -> text.contains("116 123")), "Samaritans for the UK and Ireland: " + shown);
        assertTrue(robot.lookup("#support-panel .section-title").queryAllAs(Labeled.class).stream()
                .anyMatch(title -> title.getText().contains("United Kingdom")));

        // while the panel is open, the entry is already in the journal, whole
        ShellFlow.waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> shell.workspace().journal().entries().stream()
                .map(JournalEntry::note).toList()).get(5, TimeUnit.SECONDS).contains(NOTE));

        robot.clickOn("#support-safe");
        ShellFlow.waitUntil(() -> robot.lookup("#support-panel").queryAll().isEmpty());
        robot.clickOn("#nav-journal");
        ShellFlow.waitUntil(() -> robot.lookup("#journal-list").queryListView().getItems().stream()
                .anyMatch(entry -> NOTE.equals(((JournalEntry) entry).note())));
    }

    @Test
    void needSupportNowOpensThePanelFromAnyScreenAndEscapeClosesIt(FxRobot robot) throws Exception {
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-journal").query().isDisabled());
        robot.clickOn("#nav-journal");
        robot.clickOn("#nav-support");

        ShellFlow.waitUntil(() -> !robot.lookup("#support-panel").queryAll().isEmpty());
        ShellFlow.waitUntil(() -> shownTexts(robot).contains("07700 900123"));
        assertFalse(shownTexts(robot).isEmpty());

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        ShellFlow.waitUntil(() -> robot.lookup("#support-panel").queryAll().isEmpty());
        assertTrue(robot.lookup("#nav-journal").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the screen underneath is as it was");
    }
}
