package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.JournalEntry;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
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

/**
 * After a check-in heavy with shame, Today suggests the self-compassion letter and says why; the person writes it
 * step by step with the keyboard, finishes, and finds the letter in the Journal by its words.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeFlowTest {
    private static final String LETTER = "You studied hard and the result still hurts; that is allowed, and it is not the end.";

    @TempDir
    static Path dataDir;
    private Shell shell;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        try (JournalSession before = JournalFixture.openSession(dataDir, Clock.systemDefaultZone())) {
            if (before.checkIns().latest().join().isEmpty()) {
                before.checkIns().save(new CheckInContent(LocalDate.now(), LocalTime.of(8, 0), 3, 2, 2, 6.0,
                        List.of(EmotionRating.known("shame", 85)), List.of(), List.of(), "The resit results.", List.of())).join();
            }
        }
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
    void aSuggestedPracticeIsWrittenByKeyboardAndKeptInTheJournal(FxRobot robot) throws Exception {
        // the box is shown and then filled on the FX thread: wait for its words, not just for it
        ShellFlow.waitUntil(() -> robot.lookup("#today-suggestion").tryQuery().map(box -> box.isVisible()).orElse(false)
                && text(robot, "#today-suggestion-why").startsWith("Shame came through strongly"));
        ShellFlow.click(robot, "#today-suggestion-open");
        ShellFlow.waitUntil(() -> "Step 1 of 5".equals(text(robot, "#practice-step")));
        assertTrue(((ToggleButton) robot.lookup("#nav-practices").query()).isSelected());

        // the settling step asks for no words; Next moves on, and from there the keyboard is in each answer
        ShellFlow.click(robot, "#practice-next");
        for (String answer : List.of("The resit I did not pass.", "That I always fall short.", LETTER, "It sounded kind.")) {
            ShellFlow.waitForFocus(robot, "#practice-answer");
            robot.write(answer);
            ShellFlow.shortcut(robot, KeyCode.ENTER);
        }
        ShellFlow.waitUntil(() -> robot.lookup("#practice-closing").tryQuery().map(node -> node.isVisible()).orElse(false));

        ShellFlow.shortcut(robot, KeyCode.DIGIT6);
        ListView<JournalEntry> list = robot.lookup("#journal-list").queryListView();
        ShellFlow.waitUntil(() -> list.getItems().stream().anyMatch(entry -> entry.type() == EntryType.PRACTICE));
        JournalEntry practice = list.getItems().stream().filter(entry -> entry.type() == EntryType.PRACTICE).findFirst().orElseThrow();
        assertEquals("self-compassion-letter", practice.practice().practiceId());
        assertTrue(practice.practice().finishedAt() != null, "finished, not a draft");
        assertTrue(practice.practice().answers().stream().anyMatch(answer -> LETTER.equals(answer.answer())));
    }

    @Test
    void wordsTypedPartWayAreThereAfterTheAppIsClosedAndOpenedAgain(FxRobot robot) throws Exception {
        String sentence = "I can never get anything right.";
        ShellFlow.shortcut(robot, KeyCode.DIGIT9);
        ShellFlow.waitUntil(() -> ((ToggleButton) robot.lookup("#nav-practices").query()).isSelected());
        robot.interact(() -> shell.workspace().openPractice("event-not-identity"));
        ShellFlow.waitForFocus(robot, "#practice-answer");
        robot.write(sentence);
        ShellFlow.close(shell);

        robot.interact(() -> shell = ShellFlow.show(stage, dataDir, AppSettings.DEFAULTS.withWelcomeRead(), 1180, 760));
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-practices").query().isDisabled());
        robot.interact(() -> shell.workspace().openPractice("event-not-identity"));
        ShellFlow.waitUntil(() -> sentence.equals(((TextInputControl) robot.lookup("#practice-answer").query()).getText()));
        assertTrue(text(robot, "#practice-status").contains("just as you left them"), text(robot, "#practice-status"));
    }

    @Test
    void aPracticeLinksTheCardThatExplainsIt(FxRobot robot) throws Exception {
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-practices").query().isDisabled());
        robot.interact(() -> shell.workspace().openPractice("event-not-identity"));
        ShellFlow.click(robot, "#practice-card");
        ShellFlow.waitUntil(() -> ((ToggleButton) robot.lookup("#practices-tab-library").query()).isSelected()
                && robot.lookup("#cards-reading-title").tryQuery().map(node -> node.isVisible()).orElse(false));
        String title = JournalFixture.CONTENT.card("identity-injury").orElseThrow().title();
        assertEquals(title, text(robot, "#cards-reading-title"));
    }
}
