package app.groundwork.ui.assessments;

import app.groundwork.domain.Instrument;
import app.groundwork.domain.ResultChange;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.AccessibleRole;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * One instrument's results over time: days along the bottom, the instrument's whole score range up the side, and the
 * points whose change from the result before is meaningful drawn larger and ringed (style class
 * {@code meaningful-change}), each with its words as a tooltip.
 */
public final class HistoryChart extends LineChart<Number, Number> {
    /** Months on the axis once the chart covers more than this many days; single days below it. */
    private static final int MONTH_LABELS_FROM_DAYS = 100;
    private static final int TICKS = 6;

    private final NumberAxis days;
    private final NumberAxis scores;

    public HistoryChart() {
        super(new NumberAxis(), new NumberAxis());
        days = (NumberAxis) getXAxis();
        scores = (NumberAxis) getYAxis();
        days.setAutoRanging(false);
        days.setMinorTickVisible(false);
        scores.setAutoRanging(false);
        scores.setMinorTickVisible(false);
        setLegendVisible(false);
        setAnimated(false);
        setCreateSymbols(true);
        getStyleClass().add("history-chart");
        setMinHeight(200);
        setPrefHeight(215);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    /** Draws {@code points} (oldest first) on the scale of {@code instrument}. */
    public void show(Instrument instrument, List<ResultChange> points, Function<ResultChange, String> describe) {
        scores.setLowerBound(instrument.lowestScore());
        scores.setUpperBound(instrument.highestScore());
        scores.setTickUnit(scoreTick(instrument));
        showDays(points);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        List<StackPane> marks = new ArrayList<>();
        for (ResultChange point : points) {
            XYChart.Data<Number, Number> data = new XYChart.Data<>(point.result().date().toEpochDay(),
                    point.result().score().score());
            StackPane mark = new StackPane();
            String words = describe.apply(point);
            Tooltip tip = new Tooltip(words);
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(mark, tip);
            data.setNode(mark);
            series.getData().add(data);
            marks.add(mark);
        }
        getData().setAll(List.of(series));
        // the chart sets each point's style classes and words as it adds the series, so ours are set after that
        for (int i = 0; i < points.size(); i++) {
            StackPane mark = marks.get(i);
            mark.getStyleClass().add(points.get(i).meaningful() ? MEANINGFUL : "ordinary-change");
            mark.setAccessibleRole(AccessibleRole.TEXT);
            mark.accessibleTextProperty().unbind();
            mark.setAccessibleText(describe.apply(points.get(i)));
        }
    }

    /** The style class of a point whose change from the result before is meaningful. */
    static final String MEANINGFUL = "meaningful-change";

    private void showDays(List<ResultChange> points) {
        long first = points.isEmpty() ? LocalDate.now().toEpochDay() : points.get(0).result().date().toEpochDay();
        long last = points.isEmpty() ? first : points.get(points.size() - 1).result().date().toEpochDay();
        long span = Math.max(28, last - first);
        double pad = Math.max(3, span * 0.04);
        days.setLowerBound(first - pad);
        days.setUpperBound(last + pad);
        days.setTickUnit(Math.max(1, Math.ceil((span + 2 * pad) / TICKS)));
        DateTimeFormatter format = DateTimeFormatter.ofPattern(span > MONTH_LABELS_FROM_DAYS ? "MMM yyyy" : "d MMM",
                Locale.getDefault());
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return format.format(LocalDate.ofEpochDay(Math.round(epochDay.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                return LocalDate.parse(text, format).toEpochDay();
            }
        });
    }

    /** Five or six steps up the side: 0, 20 … 100 for the WHO-5, whole points for the SCS-SF. */
    static double scoreTick(Instrument instrument) {
        double range = instrument.highestScore() - instrument.lowestScore();
        if (range <= 5) {
            return 1;
        }
        if (range <= 27) {
            return 3;
        }
        if (range <= 30) {
            return 5;
        }
        return 20;
    }
}
