package app.groundwork.ui.progress.charts;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.ThinkingTrap;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.Numbers;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReframeDrop;
import app.groundwork.domain.TrapStats;
import app.groundwork.insight.Downsampler;
import app.groundwork.ui.progress.ProgressChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the finished thought records eased: per record, how far the feelings and the belief in the old thought dropped
 * (two lines over time), and for the five most frequent traps the mean drop in belief as bars.
 */
public final class ReframeChart implements ProgressChart {
    private final ContentLibrary content;
    private final NumberAxis days = DayAxis.create();
    private final NumberAxis points = Lines.values(0, 50, 10);
    private final LineChart<Number, Number> chart = Lines.chart(days, points, "progress-reframe-chart");
    private final BarRows bars = new BarRows("progress-easing-bars");
    private final Label barsTitle = new Label(ChartCaptions.say("progress.chart.reframe.byTrap"));
    private final ChartFrame frame;

    public ReframeChart(ContentLibrary content) {
        this.content = Objects.requireNonNull(content, "content");
        barsTitle.getStyleClass().add("progress-subheading");
        VBox drawing = new VBox(6, chart, Lines.legend(List.of(
                new Lines.Key(ChartCaptions.say("progress.chart.reframe.legend.belief"), "progress-line-medium",
                        "progress-series-1"),
                new Lines.Key(ChartCaptions.say("progress.chart.reframe.legend.distress"), "progress-line-medium",
                        "progress-series-2"))),
                barsTitle, bars.node());
        frame = new ChartFrame("reframe", drawing, true);
    }

    @Override
    public String id() {
        return "reframe";
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.reframe.title");
    }

    @Override
    public Node node() {
        return frame.node();
    }

    String name(TrapStats trap) {
        return trap.custom() ? trap.trap() : content.thinkingTrap(trap.trap()).map(ThinkingTrap::name).orElse(trap.trap());
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        DayAxis.fit(days, data.range().from(), data.range().to());
        if (data.reframes().done() == 0 && data.reframeDrops().isEmpty()) {
            Lines.draw(chart, List.of());
            Lines.bounds(points, 0, 50, 10);
            bars.show(List.of());
            return frame.empty(ChartCaptions.say("progress.chart.reframe.empty"));
        }
        int room = Lines.maxPoints(plotWidth);
        List<DayValue> belief = values(data.reframeDrops(), ReframeDrop::beliefDrop);
        List<DayValue> distress = values(data.reframeDrops(), ReframeDrop::distressDrop);
        boolean averaged = belief.size() > room || distress.size() > room;
        belief = Downsampler.fit(belief, data.bucket(), room);
        distress = Downsampler.fit(distress, data.bucket(), room);
        scale(List.of(belief, distress));
        Lines.draw(chart, List.of(new Lines.Line(belief, "progress-line-medium", "progress-series-1"),
                new Lines.Line(distress, "progress-line-medium", "progress-series-2")), data.range());
        List<BarRows.Bar> easing = easingBars(data.reframes().mostFrequent(ChartCaptions.TOP_EASING));
        bars.show(easing);
        barsTitle.setVisible(!easing.isEmpty());
        barsTitle.setManaged(!easing.isEmpty());
        return frame.drawn(ChartCaptions.reframes(data.reframes(), this::name, averaged, data.bucket()));
    }

    private List<BarRows.Bar> easingBars(List<TrapStats> traps) {
        double most = Numbers.max(traps.stream().filter(trap -> trap.meanBeliefDrop().isPresent()).toList(),
                trap -> trap.meanBeliefDrop().getAsDouble()).orElse(1);
        List<BarRows.Bar> easing = new ArrayList<>();
        for (TrapStats trap : traps) {
            if (trap.meanBeliefDrop().isEmpty()) {
                continue;
            }
            double drop = trap.meanBeliefDrop().getAsDouble();
            String value = drop >= 0 ? ChartCaptions.say("progress.chart.reframe.bar.eased", drop)
                    : ChartCaptions.say("progress.chart.reframe.bar.grew", -drop);
            easing.add(new BarRows.Bar(name(trap), most > 0 ? Math.max(0, drop) / most : 0, value,
                    ChartCaptions.say("progress.chart.reframe.trapRow", name(trap), ChartCaptions.change(drop), trap.count()),
                    trap.custom() ? "progress-bar-own" : null));
        }
        return easing;
    }

    private static List<DayValue> values(List<ReframeDrop> drops, Function<ReframeDrop, Double> value) {
        return drops.stream().filter(drop -> value.apply(drop) != null)
                .map(drop -> new DayValue(drop.date(), value.apply(drop))).toList();
    }

    /** Round bounds around the drops, zero always in view, so rises below zero show as plainly as drops above. */
    private void scale(List<List<DayValue>> lines) {
        double lowest = Numbers.min(lines.stream().flatMap(List::stream).toList(), DayValue::value).orElse(0);
        double highest = Numbers.max(lines.stream().flatMap(List::stream).toList(), DayValue::value).orElse(50);
        double span = Math.max(10, highest - Math.min(0, lowest));
        double tick = span <= 50 ? 10 : span <= 100 ? 20 : 50;
        double lower = Math.min(0, Math.floor(lowest / tick) * tick);
        double upper = Math.max(tick, Math.ceil(highest / tick) * tick);
        Lines.bounds(points, lower, upper, tick);
    }
}
