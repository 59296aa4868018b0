package app.groundwork.ui.shell;

import app.groundwork.AppContext;
import app.groundwork.service.AppSettings;
import app.groundwork.ui.common.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the whole-app flow tests share: the app's shell on the test stage with a journal in a temporary folder, and a
 * robot that waits for the screen to settle and reaches controls the way a person does.
 */
final class ShellFlow {
    /** The stage of the flow under test; one runs at a time. */
    private static Stage shown;

    private ShellFlow() {
    }

    /** Shows the shell on {@code stage} and starts opening the journal in {@code dataDir}. */
    static Shell show(Stage stage, Path dataDir, AppSettings settings, double width, double height) {
        Shell shell = new Shell(new AppContext(dataDir, Clock.systemDefaultZone()), new SimpleObjectProperty<>(settings),
                Platform::runLater, () -> { });
        Scene scene = new Scene(shell.root(), width, height);
        Theme.apply(scene, settings);
        stage.setScene(scene);
        stage.show();
        stage.toFront();
        shown = stage;
        stage.requestFocus();
        shell.openJournal();
        return shell;
    }

    /** Closes the journal as the window would, keeping unsaved work first. */
    static void close(Shell shell) throws Exception {
        WaitForAsyncUtils.asyncFx(shell::close).get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);
    }

    /**
     * Waits for the condition, then for the FX thread to finish what it is doing: a screen is updated in one go on that
     * thread, and the test reads it from another, so a condition can hold while the rest of the same update is still
     * being made.
     */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the control is on screen, puts the keyboard on it (which scrolls it into view), then clicks it. */
    static void click(FxRobot robot, String query) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().map(node -> node.getScene() != null && node.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        click(robot, robot.lookup(query).query());
    }

    /** Puts the keyboard on the control (which scrolls it into view), then clicks it. */
    static void click(FxRobot robot, Node node) {
        keysToTheShell(robot);
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** Puts the keyboard on a control without clicking it (a click on a slider would move it). */
    static void focus(FxRobot robot, String query) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().map(node -> node.getScene() != null && node.isVisible()).orElse(false));
        Node node = robot.lookup(query).query();
        keysToTheShell(robot);
        robot.interact(node::requestFocus);
        waitUntil(() -> node.getScene().getFocusOwner() == node);
    }

    /**
     * Waits until the control owns the keyboard in its scene. This asks the scene rather than the control's focused
     * state, which also needs its window to be the focused one, and that is up to the platform between test classes.
     */
    static void waitForFocus(FxRobot robot, String query) throws Exception {
        keysToTheShell(robot);
        waitUntil(() -> robot.lookup(query).tryQuery()
                .map(node -> node.getScene() != null && node.getScene().getFocusOwner() == node).orElse(false));
    }

    /**
     * Keys go to whichever window the headless platform last gave focus to, and it never takes that back when a popup
     * (a tooltip under a resting mouse, a menu) closes. So before keys are pressed the test's own window asks for it.
     */
    static void keysToTheShell(FxRobot robot) {
        if (shown != null) {
            robot.interact(shown::requestFocus);
        }
    }

    /** Ctrl and a key, as a person presses them. */
    static void shortcut(FxRobot robot, KeyCode key) {
        keysToTheShell(robot);
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
    }
}
