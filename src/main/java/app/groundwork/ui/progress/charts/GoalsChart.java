package app.groundwork.ui.progress.charts;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.GoalIdeas;
import app.groundwork.domain.Bucket;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalPlan;
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
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The ladder being climbed: per category (the four with most steps done) the largest size done in each period, and
 * the steps done by category and by size as bars.
 */
public final class GoalsChart implements ProgressChart {
    /** How many categories the ladder follows, so the lines stay readable. */
    static final int LADDER_LINES = 4;
    private static final String[] SERIES = {"progress-series-1", "progress-series-2", "progress-series-3",
            "progress-series-4"};

    private final GoalIdeas ideas;
    private final NumberAxis days = DayAxis.create();
    private final NumberAxis sizes = Lines.values(0, GoalPlan.LARGEST, 1);
    private final LineChart<Number, Number> chart = Lines.chart(days, sizes, "progress-ladder-chart");
    private final Label ladderTitle = new Label();
    private final VBox ladder = new VBox(4, ladderTitle, chart);
    private final BarRows byCategory = new BarRows("progress-category-bars");
    private final BarRows bySize = new BarRows("progress-size-bars");
    private final ChartFrame frame;

    public GoalsChart(ContentLibrary content) {
        this.ideas = Objects.requireNonNull(content, "content").goalIdeas();
        ladderTitle.getStyleClass().add("progress-subheading");
        sizes.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number size) {
                int whole = (int) Math.round(size.doubleValue());
                return whole >= GoalPlan.SMALLEST && whole <= GoalPlan.LARGEST ? ideas.size(whole).name() : "";
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the size axis is only read");
            }
        });
        VBox categories = new VBox(6, subheading("progress.chart.goals.byCategory"), byCategory.node());
        VBox sizeBars = new VBox(6, subheading("progress.chart.goals.bySize"), bySize.node());
        HBox.setHgrow(categories, Priority.ALWAYS);
        HBox.setHgrow(sizeBars, Priority.ALWAYS);
        categories.setMinWidth(0);
        sizeBars.setMinWidth(0);
        categories.setPrefWidth(10);
        sizeBars.setPrefWidth(10);
        HBox bars = new HBox(24, categories, sizeBars);
        frame = new ChartFrame("goals", new VBox(10, ladder, bars), true);
    }

    private static Label subheading(String key) {
        Label label = new Label(ChartCaptions.say(key));
        label.getStyleClass().add("progress-subheading");
        return label;
    }

    @Override
    public String id() {
        return "goals";
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.goals.title");
    }

    @Override
    public Node node() {
        return frame.node();
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        DayAxis.fit(days, data.range().from(), data.range().to());
        ladder.getChildren().retainAll(ladderTitle, chart);
        List<Map.Entry<GoalCategory, Integer>> done = ChartFigures.doneByCategory(data.goals().done());
        if (done.isEmpty()) {
            Lines.draw(chart, List.of());
            byCategory.show(List.of());
            bySize.show(List.of());
            return frame.empty(ChartCaptions.say("progress.chart.goals.empty"));
        }
        // the ladder is counted in weeks, so a range shown in days still shows it per week
        Bucket steps = data.bucket() == Bucket.DAY ? Bucket.WEEK : data.bucket();
        ladderTitle.setText(ChartCaptions.say("progress.chart.goals.ladder", ChartCaptions.period(steps)));
        Map<GoalCategory, List<DayValue>> levels = ChartFigures.ladder(data.goals().ladder(), steps);
        int room = Lines.maxPoints(plotWidth);
        List<Lines.Line> lines = new ArrayList<>();
        List<Lines.Key> keys = new ArrayList<>();
        for (Map.Entry<GoalCategory, Integer> category : done) {
            List<DayValue> line = levels.get(category.getKey());
            if (line == null || lines.size() == LADDER_LINES) {
                continue;
            }
            String series = SERIES[lines.size()];
            lines.add(new Lines.Line(Downsampler.largestTriangleThreeBuckets(ChartFigures.steps(line, steps), room),
                    "progress-line-medium", series));
            keys.add(new Lines.Key(ideas.categoryName(category.getKey()), "progress-line-medium", series));
        }
        Lines.draw(chart, lines);
        FlowPane legend = Lines.legend(keys);
        ladder.getChildren().add(legend);
        double most = done.get(0).getValue();
        byCategory.show(done.stream().map(entry -> bar(ideas.categoryName(entry.getKey()), entry.getValue(), most,
                "progress-bar-category")).toList());
        List<Map.Entry<Integer, Integer>> sized = ChartFigures.doneBySize(data.goals().done());
        double mostOfSize = sized.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
        bySize.show(sized.stream().map(entry -> bar(ideas.size(entry.getKey()).name(), entry.getValue(), mostOfSize,
                "progress-bar-size")).toList());
        return frame.drawn(ChartCaptions.goals(data.goals(), levels, steps, ideas::categoryName,
                size -> ideas.size(size).name()));
    }

    private static BarRows.Bar bar(String name, int count, double most, String styleClass) {
        String value = String.valueOf(count);
        return new BarRows.Bar(name, count / most, value,
                ChartCaptions.say("progress.chart.row", name, ChartCaptions.say("progress.chart.goals.done", count)), styleClass);
    }
}
