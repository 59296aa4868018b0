package app.groundwork.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.progress.ProgressView;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
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
 * A person with four hundred days of check-ins opens Progress, moves from a month to a year to everything, tries a
 * range the wrong way round and then a right one, and opens the weekly review; the charts follow every choice.
 */
@ExtendWith(ApplicationExtension.class)
class ProgressFlowTest {
    private static final int DAYS = 400;

    @TempDir
    static Path dataDir;
    private Shell shell;

    @Start
    void start(Stage stage) {
        try (JournalSession before = JournalFixture.openSession(dataDir, Clock.systemDefaultZone())) {
            if (before.checkIns().latest().join().isEmpty()) {
                LocalDate today = LocalDate.now();
                List<CheckInContent> days = new ArrayList<>();
                for (int back = DAYS - 1; back >= 0; back--) {
                    int mood = 3 + (back % 7);
                    days.add(new CheckInContent(today.minusDays(back), LocalTime.of(20, 0), mood, Math.min(10, mood + 1), 3, 7.0,
                            List.of(EmotionRating.known("anxiety", 40 + back % 50)), List.of(), List.of(), "", List.of()));
                }
                before.checkIns().saveAll(days).join();
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

    private static int moodPoints(FxRobot robot) {
        LineChart<?, ?> chart = robot.lookup("#progress-mood-chart").lookup(".chart").query();
        return chart.getData().stream().mapToInt(series -> series.getData().size()).max().orElse(0);
    }

    @Test
    void rangesSwitchAndTheChartsFollow(FxRobot robot) throws Exception {
        ShellFlow.waitUntil(() -> !robot.lookup("#nav-progress").query().isDisabled());
        ShellFlow.shortcut(robot, KeyCode.DIGIT7);
        ShellFlow.waitUntil(() -> text(robot, "#progress-range").endsWith("30 days"));
        ShellFlow.waitUntil(() -> !text(robot, "#progress-mood-caption").isEmpty());
        assertTrue(moodPoints(robot) > 0 && moodPoints(robot) <= 30);

        ShellFlow.click(robot, "#progress-span-year");
        ShellFlow.waitUntil(() -> text(robot, "#progress-range").endsWith("365 days"));
        int yearPoints = moodPoints(robot);
        assertTrue(yearPoints > 30 && yearPoints <= ProgressView.PLOT_WIDTH, "a year thinned to the plot: " + yearPoints);

        ShellFlow.click(robot, "#progress-span-all");
        ShellFlow.waitUntil(() -> text(robot, "#progress-range").endsWith(DAYS + " days"));
        assertFalse(robot.lookup("#progress-empty").query().isVisible());

        ShellFlow.click(robot, "#progress-span-custom");
        ShellFlow.waitUntil(() -> robot.lookup("#progress-custom").query().isVisible());
        LocalDate today = LocalDate.now();
        robot.interact(() -> {
            ((DatePicker) robot.lookup("#progress-from").query()).setValue(today.minusDays(10));
            ((DatePicker) robot.lookup("#progress-to").query()).setValue(today.minusDays(20));
        });
        ShellFlow.click(robot, "#progress-custom-show");
        ShellFlow.waitUntil(() -> robot.lookup("#progress-problem").query().isVisible());
        assertTrue(text(robot, "#progress-problem").contains("choose the earlier day first"));
        robot.interact(() -> ((DatePicker) robot.lookup("#progress-to").query()).setValue(today.minusDays(4)));
        ShellFlow.click(robot, "#progress-custom-show");
        ShellFlow.waitUntil(() -> text(robot, "#progress-range").endsWith("7 days"));
        assertFalse(robot.lookup("#progress-problem").query().isVisible());
        assertEquals(7, moodPoints(robot));

        ShellFlow.click(robot, "#progress-tab-review");
        ShellFlow.waitUntil(() -> robot.lookup("#review-answer").tryQuery().map(Node::isVisible).orElse(false));
        ShellFlow.click(robot, "#progress-tab-charts");
        ShellFlow.waitUntil(() -> robot.lookup("#progress-mood-caption").query().isVisible());
    }

}
