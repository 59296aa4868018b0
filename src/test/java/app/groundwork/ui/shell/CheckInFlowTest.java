package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.AppContext;
import app.groundwork.domain.JournalEntry;
import app.groundwork.service.AppSettings;
import app.groundwork.ui.common.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import org.testfx.util.WaitForAsyncUtils;

/** A first-time user reads the welcome, checks in through the form, and finds the check-in again by searching. */
@ExtendWith(ApplicationExtension.class)
class CheckInFlowTest {
    @TempDir
    static Path dataDir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        AppContext context = new AppContext(dataDir, Clock.systemDefaultZone());
        shell = new Shell(context, new SimpleObjectProperty<>(AppSettings.DEFAULTS), Platform::runLater, () -> { });
        Scene scene = new Scene(shell.root(), 1100, 760);
        Theme.apply(scene, AppSettings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
        shell.openJournal();
    }

    @AfterEach
    void closeJournal() throws Exception {
        WaitForAsyncUtils.asyncFx(shell::close).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
    }

    /** Moves keyboard focus to the control first, as a person tabbing through the form would, then clicks it. */
    private static void focusAndClick(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void aCheckInMadeInTheFormIsFoundInTheJournal(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-begin");
        waitUntil(() -> !robot.lookup("#nav-checkin").query().isDisabled());

        robot.clickOn("#nav-checkin");
        Node moodFour = robot.lookup("#mood-scale .scale-step").match(node -> "4".equals(((Labeled) node).getText())).query();
        robot.clickOn(moodFour);
        focusAndClick(robot, "#emotion-disappointment");
        focusAndClick(robot, "#area-study");
        focusAndClick(robot, "#checkin-note");
        robot.write("Sat the practice exam again and stayed calmer");
        focusAndClick(robot, "#checkin-tags");
        robot.write("exam");
        focusAndClick(robot, "#checkin-save");

        waitUntil(() -> robot.lookup("#checkin-reply").queryLabeled().isVisible()
                && !robot.lookup("#checkin-reply").queryLabeled().getText().isBlank());

        robot.clickOn("#nav-journal");
        robot.clickOn("#journal-search").write("calmer");
        ListView<JournalEntry> list = robot.lookup("#journal-list").queryListView();
        waitUntil(() -> list.getItems().size() == 1);

        JournalEntry found = list.getItems().get(0);
        assertEquals("Sat the practice exam again and stayed calmer", found.note());
        assertEquals(4, found.mood());
        assertEquals(List.of("exam"), found.tags());
        waitUntil(() -> !robot.lookup(".entry-note .match").queryAll().isEmpty());
        Text marked = (Text) robot.lookup(".entry-note .match").queryAll().iterator().next();
        assertEquals("calmer", marked.getText());
    }

    @Test
    void aSecondWindowOnTheSameJournalSaysSoInsteadOfOpening(FxRobot robot) throws Exception {
        if (!robot.lookup("#welcome-begin").queryAll().isEmpty()) {
            robot.clickOn("#welcome-begin");
        }
        waitUntil(() -> !robot.lookup("#nav-today").query().isDisabled());
        AppContext second = new AppContext(dataDir, Clock.systemDefaultZone());

        AppContext.Ready ready = second.open().get(10, TimeUnit.SECONDS);

        assertTrue(ready.outcome() instanceof app.groundwork.service.OpenOutcome.Locked, ready.outcome().toString());
        second.close(null).get(10, TimeUnit.SECONDS);
        assertFalse(robot.lookup("#nav-today").query().isDisabled(), "the first window keeps working");
    }

    @Test
    void theWelcomeOffersSupportTooAndIsStillThereAfterwards(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-support");
        waitUntil(() -> !robot.lookup("#support-panel").queryAll().isEmpty());

        robot.clickOn("#support-safe");
        waitUntil(() -> robot.lookup("#support-panel").queryAll().isEmpty());
        assertFalse(robot.lookup("#welcome-begin").queryAll().isEmpty());
        robot.clickOn("#welcome-begin");
    }
}
