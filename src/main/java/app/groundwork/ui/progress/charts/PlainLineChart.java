package app.groundwork.ui.progress.charts;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;

/**
 * A line chart without the built-in legend: the cards draw their own, in the lines' own colours, so the hidden one's
 * symbol nodes are never made.
 */
final class PlainLineChart extends LineChart<Number, Number> {
    PlainLineChart(NumberAxis days, NumberAxis values) {
        super(days, values);
        setLegendVisible(false);
        setLegend(null);
    }

    @Override
    protected void updateLegend() {
        // no built-in legend; see Lines.legend
    }
}
