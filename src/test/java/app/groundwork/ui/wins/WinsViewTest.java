package app.groundwork.ui.wins;

import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.OwnWin;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.common.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Wins screen on a real journal: a win added by keyboard joins the ledger and the count; one removed leaves it. */
@ExtendWith(ApplicationExtension.class)
class WinsViewTest {
    private JournalSession session;
    private WinsViewModel model;
    private final List<SafetyCheck> afterSave = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        session = JournalFixture.openSession(Files.createTempDirectory("wins-view"));
        model = new WinsViewModel(session.goals(), JournalFixture.CONTENT.goalIdeas(), Platform::runLater);
        model.setAfterSave(afterSave::add);
        Scene scene = new Scene(new WinsView(model), 1000, 760);
        Theme.apply(scene, AppSettings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
        model.refresh();
    }

    @AfterEach
    void closeJournal() {
        session.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static List<String> texts(Node parent) {
        return parent.lookupAll(".label").stream().map(node -> ((Label) node).getText()).toList();
    }

    private static void ctrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    @Test
    void aWinTypedAndAddedWithCtrlEnterJoinsTheLedgerAndTheCount(FxRobot robot) throws Exception {
        TextField title = robot.lookup("#wins-title").query();
        waitUntil(() -> model.loadedProperty().get() && title.isFocused());
        assertTrue(robot.lookup("#wins-empty").query().isVisible(), "an empty ledger says what will gather here");
        assertFalse(robot.lookup("#wins-stats").query().isVisible(), "no row of zeros before the first win");

        robot.write("Replied to the email from the agency");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.write("Took ten minutes, not the hour I dreaded.");
        ctrlEnter(robot);

        waitUntil(() -> "1".equals(robot.lookup("#wins-all-time").queryLabeled().getText()));
        assertTrue(robot.lookup("#wins-stats").query().isVisible());
        assertEquals("1", robot.lookup("#wins-this-week").queryLabeled().getText());
        assertEquals("1", robot.lookup("#wins-this-month").queryLabeled().getText());
        assertFalse(robot.lookup("#wins-empty").query().isVisible());
        List<String> shown = texts(robot.lookup("#wins-list").query());
        assertTrue(shown.contains("Replied to the email from the agency"), shown.toString());
        assertTrue(shown.contains("Your own"), shown.toString());
        assertTrue(shown.contains("Today · Written in by hand"), shown.toString());
        assertTrue(shown.contains("Took ten minutes, not the hour I dreaded."), shown.toString());
        assertEquals("“Replied to the email from the agency” is with your wins now.",
                robot.lookup("#wins-status").queryLabeled().getText());
        assertEquals("Replied to the email from the agency", session.goals().allWins().join().get(0).title());
        assertEquals("Took ten minutes, not the hour I dreaded.", session.goals().allWins().join().get(0).note());
        waitUntil(() -> title.getText().isEmpty() && title.isFocused());
        assertEquals(1, afterSave.size());
    }

    @Test
    void ctrlEnterWithNothingWrittenSaysWhatIsNeededAndStoresNothing(FxRobot robot) throws Exception {
        TextField title = robot.lookup("#wins-title").query();
        waitUntil(() -> model.loadedProperty().get() && title.isFocused());

        ctrlEnter(robot);

        waitUntil(() -> robot.lookup("#wins-problem").query().isVisible());
        assertEquals("Your win: give it a few words, so you will know later what it was.",
                robot.lookup("#wins-problem").queryLabeled().getText());
        assertEquals(List.of(), session.goals().allWins().join());
        assertEquals("0", robot.lookup("#wins-all-time").queryLabeled().getText());
    }

    @Test
    void onlyAHandWrittenWinHasARemoveButtonAndRemovingItLeavesTheStep(FxRobot robot) throws Exception {
        Goal walk = session.goals().add(GoalPlan.of("Walk to the end of the street", GoalCategory.MOVEMENT, 1)).join().entry();
        session.goals().mark(walk.id(), TODAY, GoalOutcome.DONE, "").join();
        OwnWin own = session.goals().addWin(TODAY.minusDays(1), "Opened the letter from the bank", "").join().entry();
        robot.interact(model::refresh);
        waitUntil(() -> "2".equals(robot.lookup("#wins-all-time").queryLabeled().getText()));
        assertEquals(1, robot.lookup("#wins-list .button").queryAll().size(), "the step's win is not removed here");

        // brought into view as a person scrolling (or tabbing) to it would, then clicked
        Node remove = robot.lookup("#win-" + own.id() + "-remove").query();
        robot.interact(remove::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(remove);

        waitUntil(() -> "1".equals(robot.lookup("#wins-all-time").queryLabeled().getText()));
        List<String> shown = texts(robot.lookup("#wins-list").query());
        assertFalse(shown.contains("Opened the letter from the bank"), shown.toString());
        assertTrue(shown.contains("Walk to the end of the street"), shown.toString());
        assertTrue(shown.contains("Today · Body & movement · size 1 (tiny)"), shown.toString());
        assertEquals(1, session.goals().allWins().join().size());
    }
}
