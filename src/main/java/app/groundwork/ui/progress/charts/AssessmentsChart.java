package app.groundwork.ui.progress.charts;

import app.groundwork.domain.Instrument;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ResultChange;
import app.groundwork.ui.assessments.HistoryChart;
import app.groundwork.ui.progress.ProgressChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The self-assessments taken in the range: one instrument's results at a time on the assessments screen's chart
 * (meaningful changes ringed), with a choice of instrument when more than one has results.
 */
public final class AssessmentsChart implements ProgressChart {
    private final ToggleGroup choice = new ToggleGroup();
    private final FlowPane choices = new FlowPane(6, 6);
    private final HistoryChart chart = new HistoryChart();
    private final Label words = new Label();
    private final ChartFrame frame;
    private Map<Instrument, List<ResultChange>> results = Map.of();
    private String rangeSummary = "";
    private int room = Lines.maxPoints(0);
    private boolean redrawing;

    public AssessmentsChart() {
        choices.getStyleClass().add("progress-choices");
        words.getStyleClass().add("progress-inner-caption");
        words.setWrapText(true);
        chart.setFocusTraversable(false);
        frame = new ChartFrame("assessments", new VBox(6, choices, chart, words), false);
        choice.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (redrawing) {
                return;
            }
            if (selected == null && old != null) {
                old.setSelected(true);
                return;
            }
            if (selected != null) {
                draw((Instrument) selected.getUserData());
            }
        });
    }

    @Override
    public String id() {
        return "assessments";
    }

    @Override
    public String title() {
        return ChartCaptions.say("progress.chart.assessments.title");
    }

    @Override
    public Node node() {
        return frame.node();
    }

    /** The instrument whose results are drawn, or null while none has results. */
    Instrument shown() {
        Toggle selected = choice.getSelectedToggle();
        return selected == null ? null : (Instrument) selected.getUserData();
    }

    @Override
    public ChartWords show(ProgressData data, double plotWidth) {
        room = Lines.maxPoints(plotWidth);
        results = data.assessments();
        List<Instrument> present = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            if (!results.getOrDefault(instrument, List.of()).isEmpty()) {
                present.add(instrument);
            }
        }
        Instrument before = shown();
        redrawing = true;
        try {
            choice.getToggles().clear();
            choices.getChildren().clear();
            for (Instrument instrument : present) {
                ToggleButton button = new ToggleButton(instrument.shortName());
                button.setUserData(instrument);
                button.setToggleGroup(choice);
                button.getStyleClass().add("chip");
                button.setAccessibleText(ChartCaptions.say("progress.chart.assessments.show", instrument.shortName()));
                choices.getChildren().add(button);
            }
        } finally {
            redrawing = false;
        }
        choices.setVisible(present.size() > 1);
        choices.setManaged(present.size() > 1);
        ChartWords rangeWords = ChartCaptions.assessments(results);
        rangeSummary = rangeWords.summary();
        if (present.isEmpty()) {
            chart.getData().clear();
            return frame.empty(rangeWords.summary());
        }
        Instrument chosen = present.contains(before) ? before : present.get(0);
        redrawing = true;
        try {
            choice.getToggles().stream().filter(toggle -> toggle.getUserData() == chosen).findFirst()
                    .ifPresent(toggle -> toggle.setSelected(true));
        } finally {
            redrawing = false;
        }
        String shownWords = draw(chosen);
        return frame.drawn(new ChartWords(rangeWords.caption(), rangeSummary + " " + shownWords));
    }

    private String draw(Instrument instrument) {
        List<ResultChange> history = results.getOrDefault(instrument, List.of());
        chart.show(instrument, thinned(history, room), ChartCaptions::assessmentPoint);
        String text = ChartCaptions.assessment(instrument, history);
        words.setText(text);
        chart.setAccessibleText(text);
        frame.describe(rangeSummary + " " + text);
        return text;
    }

    /**
     * At most {@code room} results: every meaningful change and the latest always stay, the others evenly spread.
     */
    static List<ResultChange> thinned(List<ResultChange> history, int room) {
        if (history.size() <= room) {
            return history;
        }
        long kept = history.stream().filter(ResultChange::meaningful).count() + 1;
        double every = Math.max(1, (history.size() - kept) / (double) Math.max(1, room - kept));
        List<ResultChange> thinned = new ArrayList<>();
        double next = 0;
        for (int i = 0; i < history.size(); i++) {
            ResultChange point = history.get(i);
            boolean last = i == history.size() - 1;
            if (point.meaningful() || last || (i >= next && thinned.size() < room - kept)) {
                thinned.add(point);
                if (!point.meaningful() && !last) {
                    next = i + every;
                }
            }
        }
        return thinned.size() <= room ? thinned : thinned.subList(thinned.size() - room, thinned.size());
    }
}
