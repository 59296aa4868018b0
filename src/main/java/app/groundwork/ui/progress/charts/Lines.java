package app.groundwork.ui.progress.charts;

import app.groundwork.domain.DateRange;
import app.groundwork.domain.DayValue;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Line charts the Progress cards share: no point symbols, no animation, no built-in legend; each line coloured by its
 * own style classes from groundwork.css, and a legend of the same classes.
 */
final class Lines {
    /** Pixels between two drawn points at the most: a line never has more points than half the plot is wide. */
    static final double PIXELS_PER_POINT = 2;
    /** The plot width assumed before the card has been laid out. */
    static final double DEFAULT_PLOT_WIDTH = 600;

    private Lines() {
    }

    /** One line: its points (oldest first) and the style classes that colour it. */
    record Line(List<DayValue> points, List<String> styleClasses) {
        Line(List<DayValue> points, String... styleClasses) {
            this(points, List.of(styleClasses));
        }
    }

    /** One entry of a legend: its words and the style classes of the line it stands for. */
    record Key(String text, List<String> styleClasses) {
        Key(String text, String... styleClasses) {
            this(text, List.of(styleClasses));
        }
    }

    /** The share of the axis a lone point is stretched across, so a line of one point still shows. */
    static final double LONE_POINT_SHARE = 0.012;

    /**
     * The line as drawn: a line of one point has no length and, without symbols, would not show at all, so it becomes
     * a short level dash centred on its day.
     */
    static List<DayValue> drawable(List<DayValue> line, DateRange range) {
        if (line.size() != 1) {
            return line;
        }
        DayValue lone = line.get(0);
        long half = Math.max(1, Math.round(Math.max(7, range.days()) * LONE_POINT_SHARE / 2));
        return List.of(new DayValue(lone.date().minusDays(half), lone.value()),
                new DayValue(lone.date().plusDays(half), lone.value()));
    }

    /** How many points a line may have in a plot {@code plotWidth} pixels wide. */
    static int maxPoints(double plotWidth) {
        double width = plotWidth > 0 ? plotWidth : DEFAULT_PLOT_WIDTH;
        return Math.max(1, (int) Math.floor(width / PIXELS_PER_POINT));
    }

    static LineChart<Number, Number> chart(NumberAxis days, NumberAxis values, String styleClass) {
        LineChart<Number, Number> chart = new PlainLineChart(days, values);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setAlternativeRowFillVisible(false);
        chart.getStyleClass().addAll("progress-line-chart", styleClass);
        chart.setMinHeight(170);
        chart.setPrefHeight(210);
        chart.setAccessibleRole(AccessibleRole.NODE);
        return chart;
    }

    /** A value axis with fixed bounds, so an empty or flat chart never shows a broken scale. */
    static NumberAxis values(double lower, double upper, double tick) {
        NumberAxis axis = new NumberAxis(lower, upper, tick);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setAnimated(false);
        return axis;
    }

    static void bounds(NumberAxis axis, double lower, double upper, double tick) {
        axis.setLowerBound(lower);
        axis.setUpperBound(upper);
        axis.setTickUnit(tick);
    }

    /** A round top for a count axis, at least 4: 4, 5, 10, 15, 20, 25, 30, 40, 50, 100 … */
    static double countTop(double highest) {
        if (highest <= 4) {
            return 4;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(highest)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= highest) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Four or five steps up a count axis whose top is {@link #countTop}. */
    static double countTick(double top) {
        return top <= 5 ? 1 : top / 5 == Math.floor(top / 5) ? top / 5 : top / 4;
    }

    /** Replaces the chart's lines with {@code lines}, in order, each coloured by its own classes. */
    static void draw(LineChart<Number, Number> chart, List<Line> lines) {
        draw(chart, lines, null);
    }

    /** The same, with lines of a single point in {@code range} drawn as a short dash (see {@link #drawable}). */
    static void draw(LineChart<Number, Number> chart, List<Line> lines, DateRange range) {
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (Line line : lines) {
            XYChart.Series<Number, Number> one = new XYChart.Series<>();
            for (DayValue point : range == null ? line.points() : drawable(line.points(), range)) {
                one.getData().add(new XYChart.Data<>(point.date().toEpochDay(), point.value()));
            }
            series.add(one);
        }
        chart.getData().setAll(series);
        for (int i = 0; i < lines.size(); i++) {
            series.get(i).getNode().getStyleClass().addAll(lines.get(i).styleClasses());
        }
    }

    /** A row of short coloured strokes with their words, wrapping when narrow. */
    static FlowPane legend(List<Key> keys) {
        FlowPane legend = new FlowPane(14, 4);
        legend.getStyleClass().add("progress-legend");
        for (Key key : keys) {
            Region swatch = new Region();
            swatch.getStyleClass().add("progress-swatch");
            swatch.getStyleClass().addAll(key.styleClasses());
            Label text = new Label(key.text());
            text.getStyleClass().addAll("progress-legend-text");
            HBox item = new HBox(6, swatch, text);
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        return legend;
    }
}
