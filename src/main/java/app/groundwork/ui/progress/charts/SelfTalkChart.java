package app.groundwork.ui.progress.charts;

import app.groundwork.domain.DayValue;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.SelfTalkPoint;
import app.groundwork.insight.Downsampler;
import app.groundwork.ui.progress.ProgressChart;
import java.util.List;
import java.util.function.ToIntFunction;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.VBox;

/**
 * The self-talk meter: per period, how many self-kind and how many self-critical phrases the person's notes held, as
 * two lines, with a plain sentence on which there were more of.
 */
public final class SelfTalkChart implements ProgressChart {
    private final NumberAxis days = DayAxis.create();
    private final NumberAxis counts = Lines.values(0, 4, 1);
    private final LineChart<Number, Number> chart = Lines.chart(days, counts, "progress-self-talk-chart");
    private final ChartFrame frame = new ChartFrame("self-talk", new VBox(4, chart, Lines.legend(List.of(
            new Lines.Key(ChartCaptions.say("progress.chart.selfTalk.legend.kind"), "progress-line-thick",
                    "progress-series-kind"),
            new Lines.Key(ChartCaptions.say("progress.chart.selfTalk.legend.critical"), "progress-line-medium",
                    "progress-series-critical")))), true);

    @Override
    public String id() {
        return "self-talk";
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.selfTalk.title");
    }

    @Override
    public Node node() {
        return frame.node();
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        DayAxis.fit(days, data.range().from(), data.range().to());
        List<SelfTalkPoint> points = data.selfTalk();
        if (points.stream().mapToInt(SelfTalkPoint::notes).sum() == 0) {
            Lines.draw(chart, List.of());
            Lines.bounds(counts, 0, 4, 1);
            return frame.empty(ChartCaptions.say("progress.chart.selfTalk.empty"));
        }
        int room = Lines.maxPoints(plotWidth);
        List<DayValue> kind = line(points, SelfTalkPoint::kind, room);
        List<DayValue> critical = line(points, SelfTalkPoint::critical, room);
        double top = Lines.countTop(ChartFigures.highest(List.of(kind, critical), 1));
        Lines.bounds(counts, 0, top, Lines.countTick(top));
        Lines.draw(chart, List.of(new Lines.Line(critical, "progress-line-medium", "progress-series-critical"),
                new Lines.Line(kind, "progress-line-thick", "progress-series-kind")), data.range());
        return frame.drawn(ChartCaptions.selfTalk(data.range(), points));
    }

    private static List<DayValue> line(List<SelfTalkPoint> points, ToIntFunction<SelfTalkPoint> count, int room) {
        return Downsampler.meanPerRun(points.stream()
                .map(point -> new DayValue(point.start(), count.applyAsInt(point))).toList(), room);
    }
}
