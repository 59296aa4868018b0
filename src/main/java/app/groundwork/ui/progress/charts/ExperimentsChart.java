package app.groundwork.ui.progress.charts;

import app.groundwork.domain.DayValue;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.ProgressData;
import app.groundwork.insight.Downsampler;
import app.groundwork.ui.progress.ProgressChart;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.VBox;

/**
 * The experiments carried out: the discomfort feared beforehand and felt on the day, 0–100, as two lines over time
 * (averaged per period when there are more experiments than pixels), and the mean relief in words.
 */
public final class ExperimentsChart implements ProgressChart {
    private final NumberAxis days = DayAxis.create();
    private final LineChart<Number, Number> chart = Lines.chart(days, Lines.values(0, 100, 20),
            "progress-experiments-chart");
    private final ChartFrame frame = new ChartFrame("experiments", new VBox(4, chart, Lines.legend(List.of(
            new Lines.Key(ChartCaptions.say("progress.chart.experiments.legend.predicted"), "progress-line-medium",
                    "progress-series-feared"),
            new Lines.Key(ChartCaptions.say("progress.chart.experiments.legend.actual"), "progress-line-medium",
                    "progress-series-felt")))), true);

    @Override
    public String id() {
        return "experiments";
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.experiments.title");
    }

    @Override
    public Node node() {
        return frame.node();
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        DayAxis.fit(days, data.range().from(), data.range().to());
        List<GoalStats.ExperimentGap> gaps = data.goals().experiments();
        if (gaps.isEmpty()) {
            Lines.draw(chart, List.of());
            return frame.empty(ChartCaptions.say("progress.chart.experiments.empty"));
        }
        int room = Lines.maxPoints(plotWidth);
        boolean averaged = gaps.size() > room;
        List<DayValue> feared = Downsampler.fit(gaps.stream()
                .map(gap -> new DayValue(gap.date(), gap.predicted())).toList(), data.bucket(), room);
        List<DayValue> felt = Downsampler.fit(gaps.stream()
                .map(gap -> new DayValue(gap.date(), gap.actual())).toList(), data.bucket(), room);
        Lines.draw(chart, List.of(new Lines.Line(feared, "progress-line-medium", "progress-series-feared"),
                new Lines.Line(felt, "progress-line-medium", "progress-series-felt")), data.range());
        return frame.drawn(ChartCaptions.experiments(data.goals(), averaged, data.bucket()));
    }
}
