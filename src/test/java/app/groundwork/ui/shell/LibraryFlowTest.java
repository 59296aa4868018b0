package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.service.AppSettings;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
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

/** Today's reading card leads into the library at that card; the Practices screen with its library is one shortcut away. */
@ExtendWith(ApplicationExtension.class)
class LibraryFlowTest {
    @TempDir
    static Path dataDir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFlow.show(stage, dataDir, AppSettings.DEFAULTS.withWelcomeRead(), 1180, 760);
    }

    @AfterEach
    void closeJournal() throws Exception {
        ShellFlow.close(shell);
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    @Test
    void todaysCardOpensInTheLibrary(FxRobot robot) throws Exception {
        ShellFlow.waitUntil(() -> robot.lookup("#today-card").tryQuery().map(card -> card.isVisible()).orElse(false)
                && !text(robot, "#today-card .card-title").isBlank());
        String title = text(robot, "#today-card .card-title");

        ShellFlow.click(robot, "#today-card-library");
        ShellFlow.waitUntil(() -> robot.lookup("#cards-reading-title").tryQuery()
                .map(node -> title.equals(((Labeled) node).getText()) && node.isVisible()).orElse(false));
        assertTrue(((ToggleButton) robot.lookup("#nav-practices").query()).isSelected());
        assertTrue(((ToggleButton) robot.lookup("#practices-tab-library").query()).isSelected());

        ShellFlow.shortcut(robot, KeyCode.DIGIT1);
        ShellFlow.waitUntil(() -> ((ToggleButton) robot.lookup("#nav-today").query()).isSelected());
        ShellFlow.shortcut(robot, KeyCode.DIGIT9);
        ShellFlow.waitUntil(() -> ((ToggleButton) robot.lookup("#nav-practices").query()).isSelected());
        assertEquals(title, text(robot, "#cards-reading-title"), "the library keeps the card that was open");
    }
}
