package app.groundwork.ui.assessments;

import app.groundwork.Messages;
import app.groundwork.content.Assessment;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.ResultChange;
import app.groundwork.ui.assessments.AssessmentsViewModel.Mode;
import app.groundwork.ui.assessments.AssessmentsViewModel.ReminderChoice;
import app.groundwork.ui.assessments.AssessmentsViewModel.Result;
import app.groundwork.ui.assessments.AssessmentsViewModel.Row;
import app.groundwork.ui.common.ScrollIntoView;
import app.groundwork.ui.common.Ui;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Self-assessments screen: the instruments on the left; on the right the chosen one's details (results chart,
 * reminder, source), its questions, or the result just saved. Everything it shows comes from
 * {@link AssessmentsViewModel}.
 */
public final class AssessmentsView extends VBox {
    private final AssessmentsViewModel model;
    private final VBox list = new VBox(6);
    private final ToggleGroup choices = new ToggleGroup();
    private final VBox modePane = new VBox();
    private final ScrollPane scroll = new ScrollPane();
    private final Map<Instrument, QuestionForm> forms = new EnumMap<>(Instrument.class);
    private final HistoryChart chart = new HistoryChart();
    private final Label detailKicker = new Label();
    private final Label detailTitle = new Label();
    private final Label detailAbout = new Label();
    private final Label detailSource = new Label();
    private final Label detailLatest = new Label();
    private final Label legend = new Label();
    private final Button take = new Button();
    private final Node details;
    private final Node taking;
    private final Node result;
    private final VBox formHolder = new VBox();
    private final Label takingKicker = new Label();
    private final Label takingTitle = new Label();
    private final Button resultBack = new Button();
    private boolean syncing;

    public AssessmentsView(AssessmentsViewModel model) {
        this.model = model;
        getStyleClass().addAll("screen", "assessments-screen");
        setSpacing(18);

        list.setId("assessments-list");
        list.getStyleClass().add("instrument-list");
        list.setAccessibleText(Messages.get("assessments.list.accessible"));
        for (Row row : model.rows()) {
            InstrumentChoice choice = new InstrumentChoice(row.instrument());
            choice.setToggleGroup(choices);
            choice.setUserData(row.instrument());
            choice.show(row);
            list.getChildren().add(choice);
        }
        ScrollPane side = new ScrollPane(list);
        side.setFitToWidth(true);
        side.getStyleClass().add("screen-scroll");
        side.getStyleClass().add("assessments-side");
        side.setMinWidth(250);
        side.setPrefWidth(300);
        side.setMaxWidth(320);
        Label intro = Ui.text("assessments.intro", "muted");
        intro.getStyleClass().add("screen-intro");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(6, Ui.heading("assessments.title"), intro);

        details = detailsPane();
        taking = takingPane();
        result = resultPane();
        Label problem = new Label();
        problem.setId("assessments-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox page = new VBox(16, problem, modePane);
        page.getStyleClass().add("assessment-page");
        scroll.setContent(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        ScrollIntoView.install(scroll);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox columns = new HBox(24, side, scroll);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().addAll(header, columns);

        keepListAndModelInStep();
        model.selectedProperty().addListener((obs, old, instrument) -> showInstrument(instrument));
        model.modeProperty().addListener((obs, old, mode) -> showMode(mode, true));
        model.chartPoints().addListener((ListChangeListener<ResultChange>) change -> drawChart());
        showInstrument(model.selectedProperty().get());
        // opened from Today's reminder, the screen starts at the questions, so the keyboard starts there too
        showMode(model.modeProperty().get(), model.modeProperty().get() == Mode.TAKING);
    }

    private void keepListAndModelInStep() {
        choices.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                // pressing the chosen instrument again keeps it chosen
                if (old != null) {
                    old.setSelected(true);
                }
            } else if (!syncing) {
                model.select((Instrument) chosen.getUserData());
            }
        });
        model.rows().addListener((ListChangeListener<Row>) change -> {
            for (Row row : model.rows()) {
                choiceFor(row.instrument()).show(row);
            }
            showLatest();
        });
        selectInList(model.selectedProperty().get());
    }

    private InstrumentChoice choiceFor(Instrument instrument) {
        return (InstrumentChoice) choices.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == instrument).findFirst().orElseThrow();
    }

    private void selectInList(Instrument instrument) {
        syncing = true;
        try {
            choiceFor(instrument).setSelected(true);
        } finally {
            syncing = false;
        }
    }

    // ---- details ----------------------------------------------------------------------------------------------

    private Node detailsPane() {
        detailKicker.getStyleClass().add("kicker");
        detailTitle.getStyleClass().add("detail-title");
        detailTitle.setWrapText(true);
        detailAbout.setWrapText(true);
        detailSource.getStyleClass().addAll("muted", "small", "source-credit");
        detailSource.setWrapText(true);
        detailSource.setId("assessments-source");
        detailLatest.getStyleClass().add("muted");
        detailLatest.setWrapText(true);
        take.setId("assessments-take");
        take.getStyleClass().add("accent");
        take.setOnAction(event -> model.take());
        take.setMinWidth(Region.USE_PREF_SIZE);
        HBox takeRow = new HBox(14, take, detailLatest);
        takeRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, detailKicker, detailTitle, detailAbout, detailSource);

        Label summary = new Label();
        summary.setId("assessments-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.historySummaryProperty());
        chart.accessibleTextProperty().bind(model.historySummaryProperty());
        chart.setId("assessments-chart");
        legend.getStyleClass().addAll("muted", "small");
        legend.setWrapText(true);
        chart.visibleProperty().bind(Bindings.isNotEmpty(model.chartPoints()));
        chart.managedProperty().bind(chart.visibleProperty());
        legend.visibleProperty().bind(chart.visibleProperty());
        legend.managedProperty().bind(legend.visibleProperty());
        VBox results = Ui.section("assessments.results", null, rangeChoice(), chart, summary, legend);

        ComboBox<ReminderChoice> reminder = new ComboBox<>(model.reminderChoices());
        reminder.setId("assessments-reminder");
        reminder.setCellFactory(view -> new ReminderCell());
        reminder.setButtonCell(new ReminderCell());
        reminder.setValue(model.reminderProperty().get());
        model.reminderProperty().addListener((obs, old, choice) -> {
            syncing = true;
            try {
                reminder.setValue(choice);
            } finally {
                syncing = false;
            }
        });
        reminder.valueProperty().addListener((obs, old, choice) -> {
            if (!syncing && choice != null) {
                model.setReminder(choice.days());
            }
        });
        reminder.setMinWidth(Region.USE_PREF_SIZE);
        Label reminderLabel = Ui.text("assessments.reminder", "field-label");
        reminderLabel.setMinWidth(Region.USE_PREF_SIZE);
        reminderLabel.setLabelFor(reminder);
        Label reminderHint = Ui.text("assessments.reminder.hint", "muted", "small");
        HBox.setHgrow(reminderHint, Priority.ALWAYS);
        HBox reminders = new HBox(10, reminderLabel, reminder, reminderHint);
        reminders.setAlignment(Pos.CENTER_LEFT);

        VBox pane = new VBox(18, header, new VBox(12, takeRow, reminders), results);
        pane.setId("assessments-details");
        return pane;
    }

    private Node rangeChoice() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton pastYear = new ToggleButton(Messages.get("assessments.range.year"));
        ToggleButton everything = new ToggleButton(Messages.get("assessments.range.all"));
        for (ToggleButton button : new ToggleButton[] {pastYear, everything}) {
            button.setToggleGroup(group);
            button.getStyleClass().add("chip");
        }
        pastYear.setSelected(!model.wholeHistoryProperty().get());
        everything.setSelected(model.wholeHistoryProperty().get());
        group.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                old.setSelected(true);
            } else {
                model.wholeHistoryProperty().set(chosen == everything);
            }
        });
        HBox row = new HBox(6, pastYear, everything);
        row.setAccessibleText(Messages.get("assessments.range.accessible"));
        row.visibleProperty().bind(model.olderResultsProperty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void showInstrument(Instrument instrument) {
        Assessment assessment = model.assessment(instrument);
        detailKicker.setText(assessment.shortName());
        detailTitle.setText(assessment.name());
        detailAbout.setText(assessment.about());
        detailSource.setText(Messages.get("assessments.source", assessment.source()));
        take.setText(Messages.get("assessments.take", assessment.shortName()));
        legend.setText(model.legend(instrument));
        takingKicker.setText(assessment.shortName());
        takingTitle.setText(assessment.name());
        resultBack.setText(Messages.get("assessments.result.back", assessment.shortName()));
        showLatest();
        selectInList(instrument);
        drawChart();
        if (model.modeProperty().get() == Mode.TAKING) {
            showMode(Mode.TAKING, false);
        }
    }

    private void drawChart() {
        chart.show(model.selectedProperty().get(), model.chartPoints(), model::describePoint);
    }

    private void showLatest() {
        model.rows().stream().filter(row -> row.instrument() == model.selectedProperty().get()).findFirst()
                .ifPresent(row -> detailLatest.setText(Messages.get("assessments.latestLine", row.latest())));
    }

    // ---- taking -----------------------------------------------------------------------------------------------

    private Node takingPane() {
        takingKicker.getStyleClass().add("kicker");
        takingTitle.getStyleClass().add("detail-title");
        takingTitle.setWrapText(true);
        Label progress = new Label();
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("assessments.taking.progress",
                model.answeredProperty().get(), model.selectedProperty().get().itemCount()),
                model.answeredProperty(), model.selectedProperty()));
        Button submit = new Button(Messages.get("assessments.taking.submit"));
        submit.setId("assessments-submit");
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(model.canSubmitProperty().not());
        submit.setOnAction(event -> model.submit());
        Button notNow = new Button(Messages.get("assessments.taking.notNow"));
        notNow.setId("assessments-not-now");
        notNow.setOnAction(event -> model.notNow());
        HBox buttons = new HBox(10, submit, notNow, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox pane = new VBox(18, new VBox(6, takingKicker, takingTitle), formHolder, buttons,
                Ui.text("assessments.taking.kept", "muted", "small"));
        pane.setId("assessments-taking");
        return pane;
    }

    private QuestionForm form(Instrument instrument) {
        return forms.computeIfAbsent(instrument, key -> new QuestionForm(model.assessment(key), model.answers(key)));
    }

    // ---- result -----------------------------------------------------------------------------------------------

    private Node resultPane() {
        Label kicker = new Label();
        kicker.getStyleClass().add("kicker");
        Label score = new Label();
        score.setId("assessments-result-score");
        score.getStyleClass().add("result-score");
        Label rangeLabel = new Label();
        rangeLabel.getStyleClass().add("card-title");
        rangeLabel.setWrapText(true);
        Label rangeText = new Label();
        rangeText.setWrapText(true);
        Label change = new Label();
        change.setId("assessments-result-change");
        change.setWrapText(true);
        Label information = Ui.text("assessments.result.information", "muted");
        Label source = new Label();
        source.getStyleClass().addAll("muted", "small", "source-credit");
        source.setWrapText(true);
        resultBack.setId("assessments-result-back");
        resultBack.setOnAction(event -> model.showDetails());
        VBox card = new VBox(10, kicker, score, rangeLabel, rangeText, change, information, source, resultBack);
        card.getStyleClass().addAll("card", "result-card");
        card.setId("assessments-result");
        model.resultProperty().addListener((obs, old, shown) -> fillResult(shown, kicker, score, rangeLabel, rangeText,
                change, source));
        fillResult(model.resultProperty().get(), kicker, score, rangeLabel, rangeText, change, source);
        return card;
    }

    private void fillResult(Result shown, Label kicker, Label score, Label rangeLabel, Label rangeText, Label change,
                            Label source) {
        if (shown == null) {
            return;
        }
        Assessment assessment = model.assessment(shown.saved().instrument());
        kicker.setText(Messages.get("assessments.result.kicker", assessment.shortName()));
        score.setText(shown.score());
        score.setAccessibleText(Messages.get("assessments.result.accessible", assessment.shortName(), shown.score()));
        rangeLabel.setText(shown.rangeLabel());
        rangeText.setText(shown.rangeText());
        change.setText(shown.change());
        source.setText(Messages.get("assessments.source", assessment.source()));
    }

    // ---- switching --------------------------------------------------------------------------------------------

    private void showMode(Mode mode, boolean moveFocus) {
        Node shown = mode == Mode.TAKING ? taking : mode == Mode.RESULT ? result : details;
        if (mode == Mode.TAKING) {
            formHolder.getChildren().setAll(form(model.selectedProperty().get()));
        }
        if (modePane.getChildren().size() != 1 || modePane.getChildren().get(0) != shown) {
            modePane.getChildren().setAll(shown);
            scroll.setVvalue(0);
        }
        if (!moveFocus) {
            return;
        }
        // focus follows the screen, so a keyboard user starts where the new part begins
        Node focus = mode == Mode.TAKING ? form(model.selectedProperty().get()).firstOption()
                : mode == Mode.RESULT ? resultBack : take;
        Platform.runLater(focus::requestFocus);
    }

    /** A reminder interval in the choice, by its words. */
    private static final class ReminderCell extends ListCell<ReminderChoice> {
        @Override
        protected void updateItem(ReminderChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(empty || choice == null ? null : choice.label());
        }
    }
}
