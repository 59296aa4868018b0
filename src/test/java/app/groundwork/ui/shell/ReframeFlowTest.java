package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.EntryType;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.TrapChoice;
import app.groundwork.service.AppSettings;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole thought record with the keyboard alone: Ctrl+3 opens Reframe, each step is typed into and Ctrl+Enter moves
 * on, one suggested trap is turned down and another said yes to with Space, and the finished record is found in the Journal by its words.
 */
@ExtendWith(ApplicationExtension.class)
class ReframeFlowTest {
    private static final String THOUGHT = "I'm such a failure, I always mess up interviews";

    @TempDir
    static Path dataDir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFlow.show(stage, dataDir, AppSettings.DEFAULTS, 1100, 760);
    }

    @AfterEach
    void closeJournal() throws Exception {
        ShellFlow.close(shell);
    }



    private static void nextStep(FxRobot robot, String title) throws Exception {
        ShellFlow.shortcut(robot, KeyCode.ENTER);
        ShellFlow.waitUntil(() -> title.equals(((Label) robot.lookup("#reframe-step-title").query()).getText()));
    }

    private static String stepTitle(FxRobot robot, String stepId) {
        String text = ((ToggleButton) robot.lookup("#reframe-step-" + stepId).query()).getText();
        return text.substring(text.indexOf(". ") + 2);
    }

    @Test
    void aWholeReframeByKeyboardIsFoundInTheJournal(FxRobot robot) throws Exception {
        if (!robot.lookup("#welcome-begin").queryAll().isEmpty()) {
            robot.clickOn("#welcome-begin");
        }
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-reframe").query().isDisabled());

        ShellFlow.shortcut(robot, KeyCode.DIGIT3);
        ShellFlow.waitForFocus(robot, "#reframe-situation");
        robot.write("The second interview for the library job ended with a polite no.");

        nextStep(robot, stepTitle(robot, "thought"));
        ShellFlow.waitForFocus(robot, "#reframe-thought");
        robot.write(THOUGHT);

        nextStep(robot, stepTitle(robot, "before"));
        ShellFlow.waitForFocus(robot, "#before-belief");
        assertEquals("“" + THOUGHT + "”", ((Label) robot.lookup("#reframe-thought-banner").query()).getText());
        robot.type(KeyCode.RIGHT, 6);
        ShellFlow.waitUntil(() -> ((Slider) robot.lookup("#before-belief").query()).getValue() == 80);

        nextStep(robot, stepTitle(robot, "traps"));
        ShellFlow.waitUntil(() -> !robot.lookup("#suggestion-yes-labeling").queryAll().isEmpty());
        Label because = robot.lookup("#suggestion-because-labeling").query();
        assertTrue(because.getText().contains("failure"), because.getText());
        // "always" is offered first: Tab to "Not this one" and say no; then yes to the harsh label
        ShellFlow.waitForFocus(robot, "#suggestion-yes-overgeneralizing");
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);
        ShellFlow.waitForFocus(robot, "#suggestion-yes-labeling");
        robot.type(KeyCode.SPACE);
        ShellFlow.waitUntil(() -> robot.lookup("#suggestion-yes-labeling").queryAll().isEmpty());

        nextStep(robot, stepTitle(robot, "evidence"));
        ShellFlow.waitForFocus(robot, "#reframe-evidence-for");
        robot.write("They chose someone with more years on the desk.");
        robot.press(KeyCode.CONTROL).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.CONTROL);
        ShellFlow.waitForFocus(robot, "#reframe-evidence-against");
        robot.write("I was invited back for a second round out of forty people.");

        nextStep(robot, stepTitle(robot, "friend"));
        ShellFlow.waitForFocus(robot, "#reframe-friend");
        robot.write("You got close, and close counts.");

        nextStep(robot, stepTitle(robot, "alternative"));
        ShellFlow.waitForFocus(robot, "#reframe-alternative");
        robot.write("One no from one panel is an event, not a verdict on me.");

        nextStep(robot, stepTitle(robot, "after"));
        ShellFlow.waitForFocus(robot, "#after-belief");
        robot.type(KeyCode.LEFT, 8);
        ShellFlow.waitUntil(() -> ((Slider) robot.lookup("#after-belief").query()).getValue() == 40);

        ShellFlow.shortcut(robot, KeyCode.ENTER);
        ShellFlow.waitUntil(() -> robot.lookup("#reframe-done").query().isVisible());
        String summary = ((Label) robot.lookup("#reframe-done-summary").query()).getText();
        assertTrue(summary.contains("80") && summary.contains("40"), summary);

        ShellFlow.shortcut(robot, KeyCode.DIGIT6);
        robot.clickOn("#journal-search").write("forty people");
        ListView<JournalEntry> list = robot.lookup("#journal-list").queryListView();
        ShellFlow.waitUntil(() -> list.getItems().size() == 1);

        JournalEntry found = list.getItems().get(0);
        assertEquals(EntryType.REFRAME, found.type());
        Reframe record = found.reframe();
        assertEquals(THOUGHT, record.content().thought());
        assertEquals("One no from one panel is an event, not a verdict on me.", record.content().alternative());
        assertEquals(List.of(TrapChoice.known("labeling", true)), record.content().traps());
        assertEquals(80, record.content().beliefBefore());
        assertEquals(40, record.content().beliefAfter());
        assertTrue(record.finished());
    }
}
