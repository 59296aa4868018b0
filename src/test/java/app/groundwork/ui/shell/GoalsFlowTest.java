package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.AppContext;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.JournalEntry;
import app.groundwork.service.AppSettings;
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
import org.testfx.util.WaitForAsyncUtils;

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
        AppContext context = new AppContext(dataDir, Clock.systemDefaultZone());
        AppSettings settings = AppSettings.DEFAULTS.withWelcomeRead();
        shell = new Shell(context, new SimpleObjectProperty<>(settings), Platform::runLater, () -> { });
        Scene scene = new Scene(shell.root(), 1180, 800);
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

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    /** Brings a control into view and clicks it, once the screen has settled. */
    private static void click(FxRobot robot, String query) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().map(node -> node.getScene() != null && node.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** Puts the keyboard on a control without clicking it (a click on a slider would move it). */
    private static void focus(FxRobot robot, String query) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().map(node -> node.getScene() != null && node.isVisible()).orElse(false));
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        waitUntil(node::isFocused);
    }

    private Goal openGoal(String title) {
        return shell.workspace().goals().open().stream().filter(goal -> goal.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void stepsExperimentsAndWinsWorkFromTheKeyboardAndTheIdeas(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#nav-goals").query().isDisabled());

        // a daily step, set by keyboard
        shortcut(robot, KeyCode.DIGIT4);
        waitUntil(() -> robot.lookup("#goals-title").query().isFocused());
        robot.write("Drink a glass of water first thing");
        click(robot, "#goals-repeat-daily");
        click(robot, "#goals-title");
        shortcut(robot, KeyCode.ENTER);
        waitUntil(() -> "“Drink a glass of water first thing” is on your list.".equals(text(robot, "#goals-status")));
        Goal water = openGoal("Drink a glass of water first thing");
        assertEquals("Every day", shell.workspace().goals().words().when(water));

        // marked done in place on today's list
        click(robot, "#step-" + water.id() + "-done");
        waitUntil(() -> robot.lookup("#step-" + water.id() + "-outcome").tryQuery().isPresent());
        assertEquals("Done", text(robot, "#step-" + water.id() + "-outcome"));

        // an idea in one click
        String idea = shell.workspace().goals().ideas().get(0).id();
        String ideaTitle = shell.workspace().goals().ideas().get(0).title();
        click(robot, "#idea-" + idea + "-add");
        waitUntil(() -> ("“" + ideaTitle + "” is on your list.").equals(text(robot, "#goals-status")));

        // an experiment: the fear and the expected discomfort before
        click(robot, "#goals-title");
        robot.write("Ask my old manager for a reference");
        click(robot, "#goals-experiment");
        click(robot, "#goals-fear");
        robot.write("She will say she barely remembers me.");
        focus(robot, "#goals-predicted");
        robot.type(KeyCode.RIGHT, 6);
        assertEquals("80 of 100", ((Label) robot.lookup("#goals-predicted").query().getParent().getChildrenUnmodifiable().get(1)).getText());
        shortcut(robot, KeyCode.ENTER);
        waitUntil(() -> "“Ask my old manager for a reference” is on your list.".equals(text(robot, "#goals-status")));
        Goal ask = openGoal("Ask my old manager for a reference");
        assertEquals(80, ask.plan().prediction().discomfort());

        // Today leads to "How did it go?"; the after is written by keyboard
        shortcut(robot, KeyCode.DIGIT1);
        click(robot, "#step-" + ask.id() + "-close");
        waitUntil(() -> robot.lookup("#goals-happened").query().isFocused());
        robot.write("She wrote a warm reference the same day.");
        focus(robot, "#goals-actual");
        robot.type(KeyCode.LEFT, 6);
        click(robot, "#goals-learned");
        robot.write("People remember more kindly than I expect.");
        shortcut(robot, KeyCode.ENTER);
        waitUntil(() -> "“Ask my old manager for a reference” is kept: it was 60 points easier than you feared."
                .equals(text(robot, "#goals-status")));
        assertTrue(text(robot, "#goals-relief").contains("60 points easier than you feared"));

        // the evidence counter on Today
        shortcut(robot, KeyCode.DIGIT1);
        waitUntil(() -> "2 wins so far this week.".equals(text(robot, "#today-wins-week")));

        // the ledger, newest first, one click away
        click(robot, "#today-open-wins");
        waitUntil(() -> shell.workspace().wins().wins().size() == 2);
        assertEquals("Ask my old manager for a reference", shell.workspace().wins().wins().get(0).title());
        assertTrue(robot.lookup("#wins-list").query().isVisible());

        // and the steps in the Journal
        click(robot, "#nav-journal");
        ListView<JournalEntry> list = robot.lookup("#journal-list").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        List<GoalOutcome> outcomes = list.getItems().stream().map(entry -> entry.goal().outcome()).toList();
        assertEquals(List.of(GoalOutcome.DONE, GoalOutcome.DONE), outcomes);
        assertTrue(list.getItems().stream().allMatch(entry -> entry.type() == EntryType.GOAL));
        JournalEntry experiment = list.getItems().stream().filter(entry -> entry.goal().goal().experiment()).findFirst().orElseThrow();
        assertEquals(20, experiment.goal().result().discomfort());
        assertEquals("People remember more kindly than I expect.", experiment.goal().result().learned());
    }
}
