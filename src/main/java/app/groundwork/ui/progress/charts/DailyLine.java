package app.groundwork.ui.progress.charts;

import app.groundwork.domain.DayValue;
import app.groundwork.domain.ProgressData;
import app.groundwork.insight.Downsampler;
import app.groundwork.ui.progress.ProgressChart;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.VBox;

/**
 * A daily measure over the range: each day's mean as a thin line, the trailing 7-day mean as a thicker one, on the
 * measure's whole scale, with its rises and dips in words. Mood and self-trust are drawn this way.
 */
public final class DailyLine implements ProgressChart {
    private final String id;
    private final String titleKey;
    private final String nameKey;
    private final String emptyKey;
    private final Function<ProgressData, List<DayValue>> daily;
    private final Function<ProgressData, List<DayValue>> rolling;
    private final NumberAxis days = DayAxis.create();
    private final LineChart<Number, Number> chart;
    private final ChartFrame frame;

    private DailyLine(String id, String titleKey, String nameKey, String emptyKey, double lowest, double highest,
                      Function<ProgressData, List<DayValue>> daily, Function<ProgressData, List<DayValue>> rolling) {
        this.id = id;
        this.titleKey = titleKey;
        this.nameKey = nameKey;
        this.emptyKey = emptyKey;
        this.daily = daily;
        this.rolling = rolling;
        chart = Lines.chart(days, Lines.values(lowest, highest, highest - lowest > 9 ? 2 : 1), "progress-daily-chart");
        VBox drawing = new VBox(4, chart, Lines.legend(List.of(
                new Lines.Key(ChartCaptions.say("progress.chart.legend.day"), "progress-line-thin", "progress-series-daily"),
                new Lines.Key(ChartCaptions.say("progress.chart.legend.rolling"), "progress-line-thick",
                        "progress-series-rolling"))));
        frame = new ChartFrame(id, drawing, true);
    }

    /** Mood, 1–10. */
    public static DailyLine mood() {
        return new DailyLine("mood", "progress.chart.mood.title", "progress.chart.mood.name", "progress.chart.mood.empty",
                1, 10, ProgressData::mood, ProgressData::moodRolling);
    }

    /** Self-trust, 0–10. */
    public static DailyLine selfTrust() {
        return new DailyLine("self-trust", "progress.chart.selfTrust.title", "progress.chart.selfTrust.name",
                "progress.chart.selfTrust.empty", 0, 10, ProgressData::selfTrust, ProgressData::selfTrustRolling);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return ChartCaptions.say(titleKey);
    }

    @Override
    public Node node() {
        return frame.node();
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        List<DayValue> days = daily.apply(data);
        List<DayValue> means = rolling.apply(data);
        DayAxis.fit(this.days, data.range().from(), data.range().to());
        if (days.isEmpty()) {
            Lines.draw(chart, List.of());
            return frame.empty(ChartCaptions.say(emptyKey));
        }
        int room = Lines.maxPoints(plotWidth);
        Lines.draw(chart, List.of(
                new Lines.Line(Downsampler.largestTriangleThreeBuckets(days, room), "progress-line-thin",
                        "progress-series-daily"),
                new Lines.Line(Downsampler.largestTriangleThreeBuckets(means, room), "progress-line-thick",
                        "progress-series-rolling")), data.range());
        return frame.drawn(ChartCaptions.daily(nameKey, emptyKey, data.range(), days, means));
    }
}
