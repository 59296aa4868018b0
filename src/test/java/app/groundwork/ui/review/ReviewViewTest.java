package app.groundwork.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.common.Theme;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The weekly review on a real journal: an answer typed and saved by keyboard, and a step back to last week. */
@ExtendWith(ApplicationExtension.class)
class ReviewViewTest {
    private JournalSession session;
    private ReviewViewModel model;
    private final List<SafetyCheck> afterSave = new CopyOnWriteArrayList<>();
    private Locale before;

    @Start
    void start(Stage stage) throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        session = JournalFixture.openSession(Files.createTempDirectory("review-view"));
        session.checkIns().save(new CheckInContent(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0), 6, 5, null, null,
                List.of(), List.of(), List.of(), "", List.of())).join();
        model = new ReviewViewModel(session.reviews(), JournalFixture.CONTENT.goalIdeas(), Platform::runLater);
        model.setAfterSave(afterSave::add);
        Scene scene = new Scene(new ReviewView(model), 1000, 760);
        Theme.apply(scene, AppSettings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
        model.refresh();
    }

    @AfterEach
    void closeJournal() {
        session.close();
        Locale.setDefault(before);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static void ctrlEnter(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    private static void focus(FxRobot robot, Node node) {
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anAnswerTypedAndSavedWithCtrlEnterIsKeptInTheJournal(FxRobot robot) throws Exception {
        waitUntil(() -> model.loadedProperty().get());
        assertEquals("This week", robot.lookup("#review-week-title").queryLabeled().getText());
        assertEquals("9 – 15 March 2026", robot.lookup("#review-week").queryLabeled().getText());
        assertTrue(robot.lookup("#review-compare").query().isVisible());
        assertEquals("Mood: 6.0 on average, over one day with a check-in.", robot.lookup("#review-mood").queryLabeled().getText());
        assertFalse(robot.lookup("#review-empty").query().isVisible(), "a week with a check-in is not empty");
        assertEquals(session.reviews().questionFor(LocalDate.of(2026, 3, 9)).text(),
                robot.lookup("#review-question").queryLabeled().getText());

        TextArea answer = robot.lookup("#review-answer").query();
        focus(robot, answer);
        robot.write("The walk on Tuesday, when I almost stayed in.");
        waitUntil(() -> robot.lookup("#review-unsaved").query().isVisible());
        ctrlEnter(robot);

        waitUntil(() -> "Your answer is kept in your journal.".equals(robot.lookup("#review-status").queryLabeled().getText()));
        assertEquals("The walk on Tuesday, when I almost stayed in.", session.reviews().thisWeek().join().answerText());
        assertEquals("The walk on Tuesday, when I almost stayed in.", answer.getText(), "no new line left behind");
        assertFalse(robot.lookup("#review-unsaved").query().isVisible());
        assertEquals("Kept in your journal on Saturday 14 March.", robot.lookup("#review-saved-on").queryLabeled().getText());
        assertEquals(1, afterSave.size());
    }

    @Test
    void theEarlierWeekButtonShowsLastWeekAndTheTypedAnswerWaitsForItsWeek(FxRobot robot) throws Exception {
        waitUntil(() -> model.loadedProperty().get());
        Button later = robot.lookup("#review-next").queryButton();
        assertTrue(later.isDisabled(), "no week after this one");
        TextArea answer = robot.lookup("#review-answer").query();
        focus(robot, answer);
        robot.write("Half written");

        robot.clickOn("#review-previous");

        waitUntil(() -> "Last week".equals(robot.lookup("#review-week-title").queryLabeled().getText()));
        assertEquals("2 – 8 March 2026", robot.lookup("#review-week").queryLabeled().getText());
        assertEquals("", answer.getText());
        assertFalse(later.isDisabled());
        assertEquals(session.reviews().questionFor(LocalDate.of(2026, 3, 2)).text(),
                robot.lookup("#review-question").queryLabeled().getText());
        assertFalse(robot.lookup("#review-compare").query().isVisible(), "no check-in that week or the week before");
        assertTrue(robot.lookup("#review-empty").query().isVisible(), "last week itself holds nothing");

        robot.clickOn(later);

        waitUntil(() -> "This week".equals(robot.lookup("#review-week-title").queryLabeled().getText()));
        assertEquals("Half written", answer.getText());
        assertTrue(later.isDisabled());
        assertTrue(robot.lookup("#review-unsaved").query().isVisible());
        assertEquals("", session.reviews().thisWeek().join().answerText(), "not saved until asked");
    }

    @Test
    void theReviewDayChosenInTheListIsKept(FxRobot robot) throws Exception {
        waitUntil(() -> model.loadedProperty().get());
        ComboBox<DayOfWeek> day = robot.lookup("#review-day").queryComboBox();
        assertEquals(DayOfWeek.SUNDAY, day.getValue());
        assertFalse(robot.lookup("#review-day-today").query().isVisible());

        robot.clickOn(day);
        robot.clickOn("Saturday");

        waitUntil(() -> robot.lookup("#review-day-today").query().isVisible());
        assertEquals(DayOfWeek.SATURDAY, session.reviews().reviewDay().join());
    }
}
