package app.groundwork.ui.progress.charts;

import app.groundwork.domain.ProgressData;
import app.groundwork.ui.progress.ProgressChart;
import javafx.scene.Node;

/** Self-trust over the range, 0–10: each day's mean (thin) and the 7-day mean (thicker), with its moves in words. */
public final class SelfTrustChart implements ProgressChart {
    private final DailyLine line = new DailyLine("self-trust", "progress.chart.selfTrust.name",
            "progress.chart.selfTrust.empty",
            0, 10, ProgressData::selfTrust, ProgressData::selfTrustRolling);

    @Override
    public String id() {
        return line.id();
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.selfTrust.title");
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
