package app.groundwork.ui.progress.charts;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.ThinkingTrap;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.ProgressData;
import app.groundwork.insight.Downsampler;
import app.groundwork.ui.progress.ProgressChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The thinking traps spotted in finished thought records over time: the three most frequent of the range, each as a
 * line of how often it was named per period, with their names and totals as the legend.
 */
public final class TrapsChart implements ProgressChart {
    private static final String[] SERIES = {"progress-series-1", "progress-series-2", "progress-series-3"};

    private final ContentLibrary content;
    private final NumberAxis days = DayAxis.create();
    private final NumberAxis counts = Lines.values(0, 4, 1);
    private final LineChart<Number, Number> chart = Lines.chart(days, counts, "progress-traps-chart");
    private final VBox drawing = new VBox(4, chart);
    private final ChartFrame frame = new ChartFrame("traps", drawing, true);

    public TrapsChart(ContentLibrary content) {
        this.content = Objects.requireNonNull(content, "content");
    }

    @Override
    public String id() {
        return "traps";
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.traps.title");
    }

    @Override
    public Node node() {
        return frame.node();
    }

    /** The catalogue's name, or the person's own name for a trap they named themselves. */
    String name(String key) {
        return content.thinkingTrap(key).map(ThinkingTrap::name).orElse(key);
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        DayAxis.fit(days, data.range().from(), data.range().to());
        List<Map.Entry<String, Integer>> totals = ChartFigures.totals(data.traps());
        drawing.getChildren().retainAll(chart);
        if (totals.stream().mapToInt(Map.Entry::getValue).sum() == 0) {
            Lines.draw(chart, List.of());
            Lines.bounds(counts, 0, 4, 1);
            return frame.empty(ChartCaptions.say("progress.chart.traps.empty"));
        }
        int room = Lines.maxPoints(plotWidth);
        List<Lines.Line> lines = new ArrayList<>();
        List<Lines.Key> keys = new ArrayList<>();
        List<List<DayValue>> values = new ArrayList<>();
        List<Map.Entry<String, Integer>> top = totals.stream().limit(ChartCaptions.TOP_TRAPS).toList();
        for (int i = 0; i < top.size(); i++) {
            String key = top.get(i).getKey();
            List<DayValue> line = Downsampler.meanPerRun(
                    ChartFigures.line(data.traps(), key, data.range(), data.bucket()), room);
            values.add(line);
            lines.add(new Lines.Line(line, "progress-line-medium", SERIES[i]));
            keys.add(new Lines.Key(ChartCaptions.say("progress.chart.traps.count", name(key),
                    ChartCaptions.times(top.get(i).getValue())), "progress-line-medium", SERIES[i]));
        }
        double highest = Lines.countTop(ChartFigures.highest(values, 1));
        Lines.bounds(counts, 0, highest, Lines.countTick(highest));
        Lines.draw(chart, lines);
        FlowPane legend = Lines.legend(keys);
        drawing.getChildren().add(legend);
        return frame.drawn(ChartCaptions.traps(data.traps(), data.bucket(), this::name));
    }
}
