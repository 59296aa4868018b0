package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.AppContext;
import app.groundwork.domain.JournalEntry;
import app.groundwork.service.AppSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A first-time user reads the welcome, checks in through the form, and finds the check-in again by searching. */
@ExtendWith(ApplicationExtension.class)
class CheckInFlowTest {
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



    @Test
    void aCheckInMadeInTheFormIsFoundInTheJournal(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-begin");
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-checkin").query().isDisabled());

        robot.clickOn("#nav-checkin");
        Node moodFour = robot.lookup("#mood-scale .scale-step").match(node -> "4".equals(((Labeled) node).getText())).query();
        robot.clickOn(moodFour);
        ShellFlow.click(robot, "#emotion-disappointment");
        ShellFlow.click(robot, "#area-study");
        ShellFlow.click(robot, "#checkin-note");
        robot.write("Sat the practice exam again and stayed calmer");
        ShellFlow.click(robot, "#checkin-tags");
        robot.write("exam");
        ShellFlow.click(robot, "#checkin-save");

        ShellFlow.waitUntil(() -> robot.lookup("#checkin-reply").queryLabeled().isVisible()
                && !robot.lookup("#checkin-reply").queryLabeled().getText().isBlank());

        robot.clickOn("#nav-journal");
        robot.clickOn("#journal-search").write("calmer");
        ListView<JournalEntry> list = robot.lookup("#journal-list").queryListView();
        ShellFlow.waitUntil(() -> list.getItems().size() == 1);

        JournalEntry found = list.getItems().get(0);
        assertEquals("Sat the practice exam again and stayed calmer", found.note());
        assertEquals(4, found.mood());
        assertEquals(List.of("exam"), found.tags());
        ShellFlow.waitUntil(() -> !robot.lookup(".entry-note .match").queryAll().isEmpty());
        Text marked = (Text) robot.lookup(".entry-note .match").queryAll().iterator().next();
        assertEquals("calmer", marked.getText());
    }

    @Test
    void aSecondWindowOnTheSameJournalSaysSoInsteadOfOpening(FxRobot robot) throws Exception {
        if (!robot.lookup("#welcome-begin").queryAll().isEmpty()) {
            robot.clickOn("#welcome-begin");
        }
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-today").query().isDisabled());
        AppContext second = new AppContext(dataDir, Clock.systemDefaultZone());

        AppContext.Ready ready = second.open().get(10, TimeUnit.SECONDS);

        assertTrue(ready.outcome() instanceof app.groundwork.service.OpenOutcome.Locked, ready.outcome().toString());
        second.close(null).get(10, TimeUnit.SECONDS);
        assertFalse(robot.lookup("#nav-today").query().isDisabled(), "the first window keeps working");
    }

    @Test
    void theWelcomeOffersSupportTooAndIsStillThereAfterwards(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-support");
        ShellFlow.waitUntil(() -> !robot.lookup("#support-panel").queryAll().isEmpty());

        robot.clickOn("#support-safe");
        ShellFlow.waitUntil(() -> robot.lookup("#support-panel").queryAll().isEmpty());
        assertFalse(robot.lookup("#welcome-begin").queryAll().isEmpty());
        robot.clickOn("#welcome-begin");
    }
}
