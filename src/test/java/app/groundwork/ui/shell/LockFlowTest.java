package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.service.AppSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A passphrase set in Settings → Your data, by keyboard; the window locked, then a wrong passphrase met with its own
 * calm line and the right one opening the journal again; and the window locking itself after sitting idle.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LockFlowTest {
    private static final String PASSPHRASE = "green door by the canal";

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

    private static String header() throws Exception {
        byte[] bytes = Files.readAllBytes(dataDir.resolve("journal.db"));
        return new String(bytes, 0, 15, StandardCharsets.ISO_8859_1);
    }

    @Test
    @Order(1)
    void aPassphraseSetLockedAndOpenedAgainByKeyboard(FxRobot robot) throws Exception {
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-settings").query().isDisabled());
        ShellFlow.click(robot, "#nav-settings");
        ShellFlow.click(robot, "#settings-tab-data");
        ShellFlow.waitUntil(() -> robot.lookup("#passphrase-warning").tryQuery().map(node -> node.isVisible()).orElse(false));
        assertTrue(text(robot, "#passphrase-warning").contains("there is no reset"));

        ShellFlow.click(robot, "#passphrase-new");
        robot.write("short");
        ShellFlow.click(robot, "#passphrase-repeat");
        robot.write("short");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        ShellFlow.waitUntil(() -> text(robot, "#passphrase-problem").contains("at least 8 characters"));
        assertEquals("SQLite format 3", header(), "nothing changed");

        robot.interact(() -> {
            ((TextInputControl) robot.lookup("#passphrase-new").query()).clear();
            ((TextInputControl) robot.lookup("#passphrase-repeat").query()).clear();
        });
        ShellFlow.click(robot, "#passphrase-new");
        robot.write(PASSPHRASE);
        ShellFlow.click(robot, "#passphrase-repeat");
        robot.write(PASSPHRASE);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        ShellFlow.waitUntil(() -> text(robot, "#passphrase-status").startsWith("Your journal and its copies are encrypted now"));
        assertFalse(header().startsWith("SQLite format 3"));
        assertEquals("", ((TextInputControl) robot.lookup("#passphrase-new").query()).getText(), "the typed passphrase is cleared");

        ShellFlow.click(robot, "#passphrase-lock");
        ShellFlow.waitForFocus(robot, "#unlock-passphrase");
        assertTrue(robot.lookup("#nav-today").query().isDisabled(), "nothing of the journal while locked");
        robot.write("green door by the canaL");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        ShellFlow.waitUntil(() -> robot.lookup("#unlock-refused").tryQuery().map(node -> node.isVisible()).orElse(false));
        assertTrue(text(robot, "#unlock-refused").startsWith("That passphrase didn’t open the journal"));

        ShellFlow.waitForFocus(robot, "#unlock-passphrase");
        robot.write(PASSPHRASE);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-today").query().isDisabled()
                && ((ToggleButton) robot.lookup("#nav-today").query()).isSelected());
    }

    @Test
    @Order(2)
    void anEncryptedJournalLocksItselfWhenTheWindowSitsIdle(FxRobot robot) throws Exception {
        // the first test left the journal encrypted: the window starts at the unlock screen
        ShellFlow.waitForFocus(robot, "#unlock-passphrase");
        robot.write(PASSPHRASE);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-today").query().isDisabled());
        robot.interact(() -> shell.idleAfter(Duration.millis(300)));
        ShellFlow.waitUntil(shell::locked);
        assertTrue(robot.lookup("#unlock").query().isVisible());
    }
}
