package app.groundwork.ui.progress.charts;

import app.groundwork.domain.ProgressData;
import app.groundwork.ui.progress.ProgressChart;
import javafx.scene.Node;

/** Mood over the range, 1–10: each day's mean (thin) and the 7-day mean (thicker), with its rises and dips in words. */
public final class MoodChart implements ProgressChart {
    private final DailyLine line = new DailyLine("mood", "progress.chart.mood.name", "progress.chart.mood.empty",
            1, 10, ProgressData::mood, ProgressData::moodRolling);

    @Override
    public String id() {
        return line.id();
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.mood.title");
    }

    @Override
    public Node node() {
        return line.node();
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        return line.show(data, plotWidth);
    }
}
