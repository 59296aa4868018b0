package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.EntryType;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.JournalEntry;
import app.groundwork.service.AppSettings;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
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
 * A person sets a daily step by keyboard, marks it done on the Goals screen, adds an idea in one click, runs an
 * experiment from Today's "How did it go?", finds the wins counted on Today and listed in the ledger, and the steps
 * in the Journal.
 */
@ExtendWith(ApplicationExtension.class)
class GoalsFlowTest {
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



    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }



    private Goal openGoal(String title) {
        return shell.workspace().goals().open().stream().filter(goal -> goal.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void stepsExperimentsAndWinsWorkFromTheKeyboardAndTheIdeas(FxRobot robot) throws Exception {
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-goals").query().isDisabled());

        // a daily step, set by keyboard
        ShellFlow.shortcut(robot, KeyCode.DIGIT4);
        ShellFlow.waitForFocus(robot, "#goals-title");
        robot.write("Drink a glass of water first thing");
        ShellFlow.click(robot, "#goals-repeat-daily");
        ShellFlow.click(robot, "#goals-title");
        ShellFlow.shortcut(robot, KeyCode.ENTER);
        ShellFlow.waitUntil(() -> "“Drink a glass of water first thing” is on your list.".equals(text(robot, "#goals-status")));
        Goal water = openGoal("Drink a glass of water first thing");
        assertEquals("Every day", shell.workspace().goals().words().when(water));

        // marked done in place on today's list
        ShellFlow.click(robot, "#step-" + water.id() + "-done");
        ShellFlow.waitUntil(() -> robot.lookup("#step-" + water.id() + "-outcome").tryQuery().isPresent());
        assertEquals("Done", text(robot, "#step-" + water.id() + "-outcome"));

        // an idea in one click
        String idea = shell.workspace().goals().ideas().get(0).id();
        String ideaTitle = shell.workspace().goals().ideas().get(0).title();
        ShellFlow.click(robot, "#idea-" + idea + "-add");
        ShellFlow.waitUntil(() -> ("“" + ideaTitle + "” is on your list.").equals(text(robot, "#goals-status")));

        // an experiment: the fear and the expected discomfort before
        ShellFlow.click(robot, "#goals-title");
        robot.write("Ask my old manager for a reference");
        ShellFlow.click(robot, "#goals-experiment");
        ShellFlow.click(robot, "#goals-fear");
        robot.write("She will say she barely remembers me.");
        ShellFlow.focus(robot, "#goals-predicted");
        robot.type(KeyCode.RIGHT, 6);
        assertEquals("80 of 100", ((Label) robot.lookup("#goals-predicted").query().getParent().getChildrenUnmodifiable().get(1)).getText());
        ShellFlow.shortcut(robot, KeyCode.ENTER);
        ShellFlow.waitUntil(() -> "“Ask my old manager for a reference” is on your list.".equals(text(robot, "#goals-status")));
        Goal ask = openGoal("Ask my old manager for a reference");
        assertEquals(80, ask.plan().prediction().discomfort());

        // Today leads to "How did it go?"; the after is written by keyboard
        ShellFlow.shortcut(robot, KeyCode.DIGIT1);
        ShellFlow.click(robot, "#step-" + ask.id() + "-close");
        ShellFlow.waitForFocus(robot, "#goals-happened");
        robot.write("She wrote a warm reference the same day.");
        ShellFlow.focus(robot, "#goals-actual");
        robot.type(KeyCode.LEFT, 6);
        ShellFlow.click(robot, "#goals-learned");
        robot.write("People remember more kindly than I expect.");
        ShellFlow.shortcut(robot, KeyCode.ENTER);
        ShellFlow.waitUntil(() -> "“Ask my old manager for a reference” is kept: it was 60 points easier than you feared."
                .equals(text(robot, "#goals-status")));
        // the summary under the list follows once the lists are read again
        ShellFlow.waitUntil(() -> text(robot, "#goals-relief").contains("60 points easier than you feared"));

        // the evidence counter on Today
        ShellFlow.shortcut(robot, KeyCode.DIGIT1);
        ShellFlow.waitUntil(() -> "2 wins so far this week.".equals(text(robot, "#today-wins-week")));

        // the ledger, newest first, one click away
        ShellFlow.click(robot, "#today-open-wins");
        ShellFlow.waitUntil(() -> shell.workspace().wins().wins().size() == 2);
        assertEquals("Ask my old manager for a reference", shell.workspace().wins().wins().get(0).title());
        ShellFlow.waitUntil(() -> robot.lookup("#wins-list").query().isVisible());

        // and the steps in the Journal
        ShellFlow.click(robot, "#nav-journal");
        ListView<JournalEntry> list = robot.lookup("#journal-list").queryListView();
        ShellFlow.waitUntil(() -> list.getItems().size() == 2);
        List<GoalOutcome> outcomes = list.getItems().stream().map(entry -> entry.goal().outcome()).toList();
        assertEquals(List.of(GoalOutcome.DONE, GoalOutcome.DONE), outcomes);
        assertTrue(list.getItems().stream().allMatch(entry -> entry.type() == EntryType.GOAL));
        JournalEntry experiment = list.getItems().stream().filter(entry -> entry.goal().goal().experiment()).findFirst().orElseThrow();
        assertEquals(20, experiment.goal().result().discomfort());
        assertEquals("People remember more kindly than I expect.", experiment.goal().result().learned());
    }
}
