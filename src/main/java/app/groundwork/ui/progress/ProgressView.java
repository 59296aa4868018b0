package app.groundwork.ui.progress;

import app.groundwork.Messages;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReportSection;
import app.groundwork.ui.common.ScrollIntoView;
import app.groundwork.ui.common.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Progress screen: a range across the top (a week, a month, a quarter, a year, everything, or chosen days), then
 * one card per chart, each with a caption that says what it shows for the range.
 */
public final class ProgressView extends ScrollPane {
    /** How wide a chart's plot is drawn; the figures are thinned to at most this many points. */
    public static final double PLOT_WIDTH = 720;

    private final ProgressViewModel model;
    private final List<ProgressChart> charts;
    private final List<Label> captions = new ArrayList<>();
    private final ToggleGroup spans = new ToggleGroup();

    public ProgressView(ProgressViewModel model, List<ProgressChart> charts) {
        this.model = model;
        this.charts = List.copyOf(charts);
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        ScrollIntoView.install(this);

        Label intro = Ui.text("progress.intro", "muted", "screen-intro");
        Label range = Ui.line(model.rangeLineProperty(), "muted");
        range.setId("progress-range");
        Label problem = Ui.line(model.problemProperty(), "problem");
        problem.setId("progress-problem");
        Label empty = Ui.line(model.emptyLineProperty(), "banner");
        empty.setId("progress-empty");

        VBox cards = new VBox(18);
        cards.setId("progress-charts");
        for (ProgressChart chart : this.charts) {
            cards.getChildren().add(card(chart));
        }
        model.dataProperty().addListener((obs, old, data) -> show(data));
        if (model.dataProperty().get() != null) {
            show(model.dataProperty().get());
        }

        VBox page = new VBox(16, new VBox(4, Ui.heading("progress.title"), intro), spanBar(), customBar(), range, problem,
                empty, cards, reportCard());
        page.getStyleClass().addAll("screen", "progress-screen");
        setContent(page);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> {
                    if (spans.getSelectedToggle() instanceof ToggleButton selected) {
                        selected.requestFocus();
                    }
                });
            }
        });
    }

    private Node spanBar() {
        HBox bar = new HBox(6);
        bar.setId("progress-spans");
        bar.setAlignment(Pos.CENTER_LEFT);
        for (ProgressViewModel.Span span : ProgressViewModel.Span.values()) {
            ToggleButton button = new ToggleButton(Messages.get(span.labelKey()));
            button.setId("progress-span-" + span.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("span-choice");
            button.setToggleGroup(spans);
            button.setUserData(span);
            button.setSelected(model.spanProperty().get() == span);
            bar.getChildren().add(button);
        }
        spans.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                // a span stays chosen: clicking the chosen one again keeps it
                old.setSelected(true);
                return;
            }
            model.spanProperty().set((ProgressViewModel.Span) chosen.getUserData());
        });
        model.spanProperty().addListener((obs, old, span) -> spans.getToggles()
                .forEach(toggle -> toggle.setSelected(toggle.getUserData() == span)));
        return bar;
    }

    private Node customBar() {
        DatePicker from = new DatePicker();
        from.setId("progress-from");
        from.valueProperty().bindBidirectional(model.customFromProperty());
        from.setAccessibleText(Messages.get("progress.custom.from"));
        DatePicker to = new DatePicker();
        to.setId("progress-to");
        to.valueProperty().bindBidirectional(model.customToProperty());
        to.setAccessibleText(Messages.get("progress.custom.to"));
        Button show = new Button(Messages.get("progress.custom.show"));
        show.setId("progress-custom-show");
        show.getStyleClass().add("accent");
        Runnable apply = () -> {
            Ui.commitTypedDate(from);
            Ui.commitTypedDate(to);
            model.showCustom();
        };
        show.setOnAction(event -> apply.run());
        HBox bar = new HBox(10, Ui.field("progress.custom.from", from), Ui.field("progress.custom.to", to), show);
        bar.setId("progress-custom");
        bar.setAlignment(Pos.BOTTOM_LEFT);
        bar.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                event.consume();
                apply.run();
            }
        });
        Ui.showWhen(bar, model.spanProperty().isEqualTo(ProgressViewModel.Span.CUSTOM));
        return bar;
    }

    /** "Make a report": which parts go in, the person's notes only when they tick them, then where to save it. */
    private Node reportCard() {
        Label title = Ui.text("progress.report.title", "card-title");
        Label hint = Ui.text("progress.report.hint", "muted");
        FlowPane choices = new FlowPane(16, 8);
        for (ReportSection section : ReportSection.values()) {
            CheckBox choice = new CheckBox(Messages.get("progress.report.section." + section.id()));
            choice.setId("progress-report-" + section.id());
            choice.selectedProperty().bindBidirectional(model.sectionProperty(section));
            choices.getChildren().add(choice);
        }
        Label notesWarning = Ui.text("progress.report.notesWarning", "muted", "small");
        Ui.showWhen(notesWarning, model.sectionProperty(ReportSection.NOTES));
        Button save = new Button(Messages.get("progress.report.save"));
        save.setId("progress-report-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.reportingProperty().or(model.dataProperty().isNull()));
        save.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("progress.report.chooserTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("progress.report.pdfFiles"), "*.pdf"));
            chooser.setInitialFileName(Messages.get("progress.report.fileName", model.dataProperty().get().range().from(),
                    model.dataProperty().get().range().to()));
            java.io.File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                model.makeReport(file.toPath());
            }
        });
        Label status = Ui.line(model.reportStatusProperty(), "status-line");
        status.setId("progress-report-status");
        VBox card = new VBox(10, title, hint, choices, notesWarning, save, status);
        card.setId("progress-report");
        card.getStyleClass().add("card");
        return card;
    }

    private Node card(ProgressChart chart) {
        Label title = new Label(chart.title());
        title.getStyleClass().add("card-title");
        Label caption = new Label();
        caption.setId("progress-" + chart.id() + "-caption");
        caption.getStyleClass().add("chart-caption");
        caption.setWrapText(true);
        Ui.showWhen(caption, caption.textProperty().isNotEmpty());
        captions.add(caption);
        VBox card = new VBox(10, title, chart.node(), caption);
        card.setId("progress-" + chart.id());
        card.getStyleClass().addAll("card", "chart-card");
        card.setPadding(new Insets(16, 20, 16, 20));
        return card;
    }

    private void show(ProgressData data) {
        for (int i = 0; i < charts.size(); i++) {
            ProgressChart chart = charts.get(i);
            ProgressChart.ChartWords words = chart.show(data, PLOT_WIDTH);
            captions.get(i).setText(words.caption());
            chart.node().setAccessibleText(words.summary());
        }
    }

    /** The cards in their order, for tests. */
    List<ProgressChart> charts() {
        return charts;
    }

}
