package app.groundwork.ui.practices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.BreathingPattern;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.SeriesProgress;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.ui.common.Theme;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Practices screen by keyboard, with a keeper in memory and a clock the test moves: a practice opened from the
 * list, its timer run out, its steps answered and moved through with Ctrl+Enter, and the answers handed over on finish.
 */
@ExtendWith(ApplicationExtension.class)
class PracticesViewTest {
    private final FakePracticeKeeper keeper = new FakePracticeKeeper();
    private final MovingClock clock = new MovingClock();
    private PracticesViewModel model;
    private final List<String> cardsOpened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        model = new PracticesViewModel(JournalFixture.CONTENT, keeper, clock, Platform::runLater);
        PracticesView view = new PracticesView(model);
        view.setOnOpenCard(cardsOpened::add);
        Scene scene = new Scene(view, 1100, 800);
        Theme.apply(scene, AppSettings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static void ctrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    private static void press(FxRobot robot, KeyCode key) {
        robot.press(key).release(key);
    }

    @Test
    void theLetterOpenedByKeyboardTimedAnsweredAndFinishedWithCtrlEnter(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#practices-list").query();
        waitUntil(list::isFocused);
        assertTrue(robot.lookup("#practices-empty").query().isVisible());

        press(robot, KeyCode.ENTER);
        waitUntil(() -> model.openProperty().get());
        assertEquals("A letter to yourself, from someone on your side", robot.lookup("#practice-title").queryLabeled().getText());
        assertEquals("Step 1 of 5", robot.lookup("#practice-step").queryLabeled().getText());
        assertFalse(robot.lookup("#practices-empty").query().isVisible());
        assertTrue(robot.lookup("#practice-timer").query().isVisible());
        assertFalse(robot.lookup("#practice-answer").query().isVisible(), "the settling step asks for no words");
        assertEquals("00:30", robot.lookup("#practice-remaining").queryLabeled().getText());

        robot.clickOn("#practice-timer-toggle");
        waitUntil(() -> model.timerRunningProperty().get());
        assertEquals("Pause", robot.lookup("#practice-timer-toggle").queryButton().getText());
        clock.advance(Duration.ofSeconds(31));
        waitUntil(() -> "00:00".equals(robot.lookup("#practice-remaining").queryLabeled().getText()));
        waitUntil(() -> robot.lookup("#practice-timer-done").query().isVisible());

        TextArea answer = robot.lookup("#practice-answer").query();
        ctrlEnter(robot);
        waitUntil(() -> model.stepIndexProperty().get() == 1 && answer.isFocused());
        assertEquals("Step 2 of 5", robot.lookup("#practice-step").queryLabeled().getText());
        assertTrue(robot.lookup("#practice-example").queryLabeled().getText().startsWith("For example: "));
        assertFalse(robot.lookup("#practice-timer").query().isVisible());
        robot.write("The final round went badly.");
        ctrlEnter(robot);
        waitUntil(() -> model.stepIndexProperty().get() == 2 && answer.isFocused() && answer.getText().isEmpty());
        waitUntil(() -> keeper.keeps.size() == 1);
        ctrlEnter(robot);
        waitUntil(() -> model.stepIndexProperty().get() == 3 && answer.isFocused());
        assertEquals("10:00", robot.lookup("#practice-remaining").queryLabeled().getText());
        robot.write("Dear me, it makes sense that this stings.");
        ctrlEnter(robot);
        waitUntil(() -> model.stepIndexProperty().get() == 4 && answer.isFocused());
        robot.write("The months of preparing still count.");
        ctrlEnter(robot);

        waitUntil(() -> model.finishedProperty().get());
        assertEquals(1, keeper.finishes.size());
        assertEquals("self-compassion-letter", keeper.finishes.get(0).practiceId());
        assertEquals(List.of("The final round went badly.", "", "Dear me, it makes sense that this stings.",
                        "The months of preparing still count."),
                keeper.finishes.get(0).answers().stream().map(PracticeAnswer::answer).toList());
        assertEquals(1L, keeper.finishes.get(0).draftId(), "the draft kept on the way is the one finished");
        assertTrue(robot.lookup("#practice-closing").query().isVisible());
        assertEquals("Your answers are in your journal now.", robot.lookup("#practice-status").queryLabeled().getText());
        assertTrue(robot.lookup("#practice-idea-paced-breathing").query().isVisible());
        assertFalse(robot.lookup("#practice-step").query().getParent().isVisible(), "the steps give way to the closing words");
    }

    @Test
    void theBreathingGuideShowsTheCircleUnlessMotionIsReduced(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#practices-list").query();
        waitUntil(list::isFocused);
        int breathing = model.practices().stream().map(PracticesViewModel.PracticeRow::id).toList().indexOf("paced-breathing");
        robot.interact(() -> list.getFocusModel().focus(breathing));
        press(robot, KeyCode.ENTER);
        waitUntil(() -> "paced-breathing".equals(model.practiceIdProperty().get()));
        assertFalse(robot.lookup("#practice-breathing").query().isVisible());
        ctrlEnter(robot);
        waitUntil(() -> robot.lookup("#practice-breathing").query().isVisible());

        Node circle = robot.lookup("#practice-breath-circle").query();
        assertTrue(circle.isVisible());
        robot.clickOn("#practice-timer-toggle");
        clock.advance(Duration.ofSeconds(2));
        waitUntil(() -> "Breathe in · 2".equals(robot.lookup("#practice-breath").queryLabeled().getText()));
        waitUntil(() -> Math.abs(circle.getScaleX() - (PracticesViewModel.EMPTY_SCALE + (1 - PracticesViewModel.EMPTY_SCALE) * 0.5)) < 1e-9);
        ComboBox<BreathingPattern> patterns = robot.lookup("#practice-pattern").queryComboBox();
        assertEquals("4-4-6: in for 4, hold for 4, out for 6", patterns.getValue().name());
        assertEquals(3, patterns.getItems().size());

        robot.interact(() -> model.reducedMotionProperty().set(true));
        clock.advance(Duration.ofSeconds(3));
        waitUntil(() -> "Hold · 3".equals(robot.lookup("#practice-breath").queryLabeled().getText()));
        assertFalse(circle.isVisible(), "reduced motion keeps to words and numbers");
        assertEquals(1.0, circle.getScaleX(), 1e-9);
    }

    @Test
    void theDaysOfASeriesShowAsDotsWithTodaysFocusAndThePracticeLinksItsCard(FxRobot robot) throws Exception {
        keeper.series.put("expressive-writing", new SeriesProgress(1, 4, false));
        robot.interact(() -> model.open("expressive-writing"));
        waitUntil(() -> robot.lookup("#practice-series-box").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        HBox dots = robot.lookup("#practice-series-dots").query();
        assertEquals(4, dots.getChildren().size());
        assertEquals(1, dots.getChildren().stream().filter(dot -> dot.getStyleClass().contains("practices-day-done")).count());
        assertEquals("Day 2 of 4: about 15 minutes of writing today.", robot.lookup("#practice-series").queryLabeled().getText());
        assertTrue(robot.lookup("#practice-series-focus").queryLabeled().getText().startsWith("Today’s focus: How it has touched"));

        robot.clickOn("#practice-card");
        waitUntil(() -> cardsOpened.equals(List.of("non-linear-recovery")));

        robot.interact(() -> model.open("grounding-54321"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#practice-series-box").query().isVisible(), "one sitting, no days");
    }

    @Test
    void aPlanIsOfferedAsAStepAfterFinishingAndAddedByKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.open("reconnection-planner");
            model.next();
            model.next();
            model.answerProperty().set("Send Priya the photo of our old street");
            model.next();
            model.finish();
        });
        waitUntil(() -> robot.lookup("#practice-goal").query().isVisible());
        TextField title = robot.lookup("#practice-goal-title").query();
        assertEquals("Send Priya the photo of our old street", title.getText());
        robot.interact(title::requestFocus);
        press(robot, KeyCode.END);
        robot.write(" this week");
        press(robot, KeyCode.ENTER);
        waitUntil(() -> !keeper.goals.isEmpty());
        assertEquals(List.of("reconnection-planner", "Send Priya the photo of our old street this week"), keeper.goals.get(0));
        waitUntil(() -> !robot.lookup("#practice-goal").query().isVisible());
        assertTrue(robot.lookup("#practice-status").queryLabeled().getText().contains("is on your Goals list now"));
    }

    @Test
    void breathingSecondsCanBeSetByKeyboard(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.open("paced-breathing");
            model.next();
        });
        waitUntil(() -> robot.lookup("#practice-breath-out").query().isVisible());
        Spinner<?> out = robot.lookup("#practice-breath-out").query();
        robot.interact(out::requestFocus);
        press(robot, KeyCode.UP);
        press(robot, KeyCode.UP);
        waitUntil(() -> model.patternProperty().get().id().equals("own"));
        assertEquals(8, model.exhaleProperty().get());
        assertEquals("Your own: in 4, hold 4, out 8, rest 0", model.patternProperty().get().name());
    }
}
