package app.groundwork.ui.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.service.AppSettings;
import app.groundwork.ui.common.Theme;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The chart draws a meaningful change as a distinct, larger point that says in words what changed. */
@ExtendWith(ApplicationExtension.class)
class HistoryChartTest {
    private static SavedAssessment who5(long id, LocalDate date, Integer... answers) {
        return new SavedAssessment(id, date, LocalTime.NOON, AssessmentScoring.score(Instrument.WHO5, List.of(answers)));
    }

    @Start
    void start(Stage stage) {
        HistoryChart chart = new HistoryChart();
        List<ResultChange> points = ResultChange.mark(List.of(
                who5(1, LocalDate.of(2026, 1, 1), 2, 2, 2, 2, 2),
                who5(2, LocalDate.of(2026, 1, 15), 2, 2, 2, 2, 3),
                who5(3, LocalDate.of(2026, 2, 1), 4, 4, 3, 3, 3)));
        chart.show(Instrument.WHO5, points, point -> "point " + point.result().entryId());
        Scene scene = new Scene(new StackPane(chart), 600, 400);
        Theme.apply(scene, AppSettings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void onlyTheMeaningfulChangeIsMarkedAndEveryPointSaysWhatItIs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> points = robot.lookup(".history-chart .chart-line-symbol")
                .match(node -> !node.getStyleClass().contains("chart-legend-item-symbol")).queryAll().stream().toList();

        assertEquals(3, points.size());
        assertEquals(List.of(false, false, true),
                points.stream().map(node -> node.getStyleClass().contains(HistoryChart.MEANINGFUL)).toList(),
                "44 → 68 moves 24 points; 40 → 44 only 4");
        assertEquals(List.of("point 1", "point 2", "point 3"), points.stream().map(Node::getAccessibleText).toList());
        assertTrue(points.get(2).getBoundsInLocal().getWidth() > points.get(1).getBoundsInLocal().getWidth(),
                "the marked point is drawn larger");
    }
}
