package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.EntryType;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.JournalEntry;
import app.groundwork.service.AppSettings;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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
 * Today's reminder leads straight to the WHO-5's questions; later the person opens Self-assessments from the
 * navigation, answers the WHO-5 by clicking, reads the result, and finds it in the Journal.
 */
@ExtendWith(ApplicationExtension.class)
class AssessmentFlowTest {
    @TempDir
    static Path dataDir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFlow.show(stage, dataDir, AppSettings.DEFAULTS.withWelcomeRead(), 1180, 800);
    }

    @AfterEach
    void closeJournal() throws Exception {
        ShellFlow.close(shell);
    }


    /** Brings the answer into view, as scrolling would, then clicks it. */
    private static void choose(FxRobot robot, int item, String label) {
        Node option = robot.lookup("#who5-item-" + item + " .answer-option")
                .match(node -> label.equals(((Labeled) node).getText())).query();
        ShellFlow.click(robot, option);
    }

    @Test
    void aWho5TakenOnTheScreenShowsItsResultAndIsKept(FxRobot robot) throws Exception {
        ShellFlow.waitUntil(() -> robot.lookup("#today-take-who5").tryQuery().map(node -> node.getScene() != null).orElse(false)
                && robot.lookup("#today-reminders").query().isVisible());
        // Today settles (its queries land) before the click, so the button clicked is the one on screen
        ShellFlow.click(robot, "#today-take-who5");
        ShellFlow.waitUntil(() -> robot.lookup("#assessments-submit").tryQuery().isPresent()
                && robot.lookup("#assessments-submit").query().isVisible());
        assertTrue(((javafx.scene.control.ToggleButton) robot.lookup("#nav-assessments").query()).isSelected());
        Node notNow = robot.lookup("#assessments-not-now").query();
        robot.interact(notNow::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(notNow);
        robot.clickOn("#nav-today");

        robot.clickOn("#nav-assessments");
        ShellFlow.waitUntil(() -> robot.lookup("#assessments-take").tryQuery().isPresent()
                && robot.lookup("#assessments-take").queryButton().isVisible());
        assertEquals("Take the WHO-5", robot.lookup("#assessments-take").queryButton().getText());

        robot.clickOn("#assessments-take");
        Button submit = robot.lookup("#assessments-submit").queryButton();
        for (int item = 1; item <= 4; item++) {
            choose(robot, item, "More than half of the time");
        }
        assertTrue(submit.isDisabled(), "one item still has no answer");
        choose(robot, 5, "Most of the time");
        assertFalse(submit.isDisabled());
        robot.interact(submit::requestFocus);
        robot.clickOn(submit);

        ShellFlow.waitUntil(() -> robot.lookup("#assessments-result-score").tryQuery().isPresent()
                && "64 of 100".equals(robot.lookup("#assessments-result-score").queryLabeled().getText()));
        assertTrue(robot.lookup("#assessments-result").query().isVisible());
        assertTrue(robot.lookup("#assessments-result-change").queryLabeled().getText().startsWith("This is your first WHO-5"));
        assertTrue(robot.lookup(".label").match(node -> "A score is information about these weeks, not a diagnosis."
                .equals(((Labeled) node).getText())).tryQuery().isPresent());

        ShellFlow.waitUntil(() -> robot.lookup("#assessment-choice-who5").query().getAccessibleText().contains("64 of 100"));
        assertFalse(robot.lookup("#assessment-choice-who5 .due-mark").query().isVisible(), "just taken, so not due");

        robot.clickOn("#nav-journal");
        ListView<JournalEntry> list = robot.lookup("#journal-list").queryListView();
        ShellFlow.waitUntil(() -> list.getItems().size() == 1);
        JournalEntry stored = list.getItems().get(0);
        assertEquals(EntryType.ASSESSMENT, stored.type());
        assertEquals(Instrument.WHO5, stored.assessment().instrument());
        assertEquals(64.0, stored.assessment().score());
        robot.clickOn("#nav-today");
        ShellFlow.waitUntil(() -> !robot.lookup("#today-reminders").query().isVisible());
        List<Integer> answers = shell.workspace().assessments().answers(Instrument.WHO5).stream()
                .map(answer -> answer.get()).toList();
        assertTrue(answers.stream().allMatch(answer -> answer == null), "the form is fresh for next time: " + answers);
    }
}
