package app.groundwork.ui.progress.charts;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.Emotion;
import app.groundwork.domain.NamedCount;
import app.groundwork.domain.ProgressData;
import app.groundwork.ui.progress.ProgressChart;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;

/**
 * The feelings named most often in the range's check-ins: the top eight as bars with how often and how strongly on
 * average; feelings the person named themselves appear in their own words.
 */
public final class EmotionsChart implements ProgressChart {
    private final ContentLibrary content;
    private final BarRows bars = new BarRows("progress-emotion-bars");
    private final ChartFrame frame = new ChartFrame("emotions", bars.node(), true);

    public EmotionsChart(ContentLibrary content) {
        this.content = Objects.requireNonNull(content, "content");
    }

    @Override
    public String id() {
        return "emotions";
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.emotions.title");
    }

    @Override
    public Node node() {
        return frame.node();
    }

    /** The catalogue's label, or the person's own words for a feeling they named. */
    String name(NamedCount count) {
        return count.custom() ? count.id() : content.emotion(count.id()).map(Emotion::label).orElse(count.id());
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        if (data.emotions().isEmpty()) {
            bars.show(List.of());
            return frame.empty(ChartCaptions.say("progress.chart.emotions.empty"));
        }
        bars.show(NamedBars.bars(data.emotions(), this::name,
                count -> count.meanIntensity() == null ? ChartCaptions.times(count.count())
                        : ChartCaptions.say("progress.chart.emotions.value", ChartCaptions.times(count.count()),
                        count.meanIntensity()),
                count -> ChartCaptions.emotionRow(count, this::name)));
        return frame.drawn(ChartCaptions.emotions(data.emotions(), this::name));
    }
}
