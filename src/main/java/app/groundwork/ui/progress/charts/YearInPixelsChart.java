package app.groundwork.ui.progress.charts;

import app.groundwork.domain.DayValue;
import app.groundwork.domain.ProgressData;
import app.groundwork.ui.progress.ProgressChart;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A year of daily mood as a calendar: a row per month, a small square per day, each square coloured by the day's mean
 * mood (style classes {@code pixel-1} … {@code pixel-10}, {@code pixel-none} without a check-in) in one calm hue.
 * The latest year of the range shows first; the person can step back through the range's earlier years.
 */
public final class YearInPixelsChart implements ProgressChart {
    private static final int MOOD_LEVELS = 10;
    private static final String[] PIXEL_CLASSES = new String[MOOD_LEVELS + 2];

    static {
        for (int level = 1; level <= MOOD_LEVELS; level++) {
            PIXEL_CLASSES[level] = "pixel-" + level;
        }
        PIXEL_CLASSES[0] = "pixel-none";
        PIXEL_CLASSES[MOOD_LEVELS + 1] = "pixel-blank";
    }

    private final Region[][] squares = new Region[12][31];
    private final Button earlier = new Button("‹");
    private final Button later = new Button("›");
    private final Label yearLabel = new Label();
    private final HBox stepper = new HBox(6, earlier, yearLabel, later);
    private final Label yearWords = new Label();
    private final Tooltip tip = new Tooltip();
    private final ChartFrame frame;
    private Map<LocalDate, Double> moodByDay = Map.of();
    private List<DayValue> mood = List.of();
    private int firstYear;
    private int lastYear;
    private int year;

    public YearInPixelsChart() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("pixel-grid");
        grid.setHgap(2);
        grid.setVgap(2);
        for (int day = 1; day < 31; day++) {
            if (day == 1 || day % 5 == 0) {
                // each number spans two columns, so "10" never widens one day's column beyond a square
                Label number = new Label(String.valueOf(day));
                number.getStyleClass().add("pixel-day-number");
                number.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(number, day, 0, 2, 1);
            }
        }
        for (Month month : Month.values()) {
            Label name = new Label(month.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            name.getStyleClass().add("pixel-month");
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, 0, month.getValue());
            for (int day = 1; day <= 31; day++) {
                Region square = new Region();
                square.getStyleClass().addAll("pixel", "pixel-none");
                square.setAccessibleRole(AccessibleRole.TEXT);
                squares[month.ordinal()][day - 1] = square;
                grid.add(square, day, month.getValue());
            }
        }
        // one tooltip for the grid, its words those of the square under the pointer: 372 tooltips would be heavy
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(grid, tip);
        grid.addEventFilter(MouseEvent.MOUSE_MOVED, event -> {
            Node target = event.getPickResult().getIntersectedNode();
            if (target != null && target.getStyleClass().contains("pixel") && target.getAccessibleText() != null) {
                tip.setText(target.getAccessibleText());
            }
        });
        earlier.getStyleClass().addAll("pixel-step", "flat");
        later.getStyleClass().addAll("pixel-step", "flat");
        earlier.setAccessibleText(ChartCaptions.say("progress.chart.pixels.earlier"));
        later.setAccessibleText(ChartCaptions.say("progress.chart.pixels.later"));
        earlier.setTooltip(new Tooltip(ChartCaptions.say("progress.chart.pixels.earlier")));
        later.setTooltip(new Tooltip(ChartCaptions.say("progress.chart.pixels.later")));
        earlier.setOnAction(event -> step(-1));
        later.setOnAction(event -> step(1));
        yearLabel.getStyleClass().add("pixel-year");
        stepper.setAlignment(Pos.CENTER_LEFT);
        yearWords.getStyleClass().add("progress-inner-caption");
        yearWords.setWrapText(true);
        VBox drawing = new VBox(8, stepper, grid, legend(), yearWords);
        frame = new ChartFrame("year-in-pixels", drawing, false);
    }

    private static HBox legend() {
        HBox legend = new HBox(3);
        legend.getStyleClass().add("progress-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        Label low = new Label(ChartCaptions.say("progress.chart.pixels.legend.low"));
        low.getStyleClass().add("progress-legend-text");
        legend.getChildren().add(low);
        for (int level = 1; level <= MOOD_LEVELS; level++) {
            Region square = new Region();
            square.getStyleClass().addAll("pixel", PIXEL_CLASSES[level]);
            legend.getChildren().add(square);
        }
        Label high = new Label(ChartCaptions.say("progress.chart.pixels.legend.high"));
        high.getStyleClass().add("progress-legend-text");
        Region none = new Region();
        none.getStyleClass().addAll("pixel", "pixel-none");
        Label noneText = new Label(ChartCaptions.say("progress.chart.pixels.legend.none"));
        noneText.getStyleClass().add("progress-legend-text");
        Region gap = new Region();
        gap.setMinWidth(14);
        legend.getChildren().addAll(high, gap, none, noneText);
        return legend;
    }

    @Override
    public String id() {
        return "year-in-pixels";
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.pixels.title");
    }

    @Override
    public Node node() {
        return frame.node();
    }

    /** The year the calendar shows. */
    int year() {
        return year;
    }

    /** The style class of a day's square: {@code pixel-1} … {@code pixel-10}, or {@code pixel-none} for no mood. */
    static String pixelClass(Double mood) {
        if (mood == null) {
            return PIXEL_CLASSES[0];
        }
        int level = (int) Math.round(mood);
        return PIXEL_CLASSES[Math.max(1, Math.min(MOOD_LEVELS, level))];
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        mood = data.mood();
        Map<LocalDate, Double> byDay = new HashMap<>();
        mood.forEach(day -> byDay.put(day.date(), day.value()));
        moodByDay = byDay;
        firstYear = data.range().from().getYear();
        lastYear = data.range().to().getYear();
        year = lastYear;
        stepper.setVisible(lastYear > firstYear);
        stepper.setManaged(lastYear > firstYear);
        redraw();
        ChartWords words = ChartCaptions.pixels(mood);
        if (mood.isEmpty()) {
            return frame.empty(words.summary());
        }
        frame.drawn(words);
        describeYear();
        return new ChartWords(words.caption(), words.summary() + " " + yearSummary());
    }

    /** Moves the calendar {@code by} years, within the range. */
    void step(int by) {
        int next = Math.max(firstYear, Math.min(lastYear, year + by));
        if (next != year) {
            year = next;
            redraw();
            describeYear();
        }
    }

    private void redraw() {
        yearLabel.setText(String.valueOf(year));
        earlier.setDisable(year <= firstYear);
        later.setDisable(year >= lastYear);
        for (Month month : Month.values()) {
            int length = YearMonth.of(year, month).lengthOfMonth();
            for (int day = 1; day <= 31; day++) {
                Region square = squares[month.ordinal()][day - 1];
                square.getStyleClass().removeAll(PIXEL_CLASSES);
                if (day > length) {
                    square.getStyleClass().add(PIXEL_CLASSES[MOOD_LEVELS + 1]);
                    square.setAccessibleText(null);
                    continue;
                }
                LocalDate date = LocalDate.of(year, month, day);
                Double value = moodByDay.get(date);
                square.getStyleClass().add(pixelClass(value));
                square.setAccessibleText(value == null
                        ? ChartCaptions.say("progress.chart.pixels.noDay", ChartCaptions.day(date))
                        : ChartCaptions.say("progress.chart.pixels.day", ChartCaptions.day(date), value));
            }
        }
        yearWords.setText(ChartCaptions.pixelYear(year, mood));
    }

    private String yearSummary() {
        return ChartCaptions.pixelYear(year, mood) + " " + ChartCaptions.pixelMonths(year, mood);
    }

    private void describeYear() {
        frame.describe(ChartCaptions.pixels(mood).summary() + " " + yearSummary());
    }
}
