package app.groundwork.ui.progress.charts;

import app.groundwork.content.BodySignal;
import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.NamedCount;
import app.groundwork.domain.ProgressData;
import app.groundwork.ui.progress.ProgressChart;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;

/** The body signals marked most often in the range's check-ins: the top eight as bars with how often. */
public final class BodySignalsChart implements ProgressChart {
    private final ContentLibrary content;
    private final BarRows bars = new BarRows("progress-body-bars");
    private final ChartFrame frame = new ChartFrame("body-signals", bars.node(), true);

    public BodySignalsChart(ContentLibrary content) {
        this.content = Objects.requireNonNull(content, "content");
    }

    @Override
    public String id() {
        return "body-signals";
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.body.title");
    }

    @Override
    public Node node() {
        return frame.node();
    }

    String name(NamedCount count) {
        return count.custom() ? count.id() : content.bodySignal(count.id()).map(BodySignal::label).orElse(count.id());
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        if (data.bodySignals().isEmpty()) {
            bars.show(List.of());
            return frame.empty(ChartCaptions.say("progress.chart.body.empty"));
        }
        bars.show(NamedBars.bars(data.bodySignals(), this::name, count -> ChartCaptions.times(count.count()),
                count -> ChartCaptions.say("progress.chart.row", name(count), ChartCaptions.times(count.count()))));
        return frame.drawn(ChartCaptions.bodySignals(data.bodySignals(), this::name));
    }
}
