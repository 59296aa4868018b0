package app.groundwork.ui.goals;

import app.groundwork.Messages;
import app.groundwork.content.GoalIdea;
import app.groundwork.content.GoalSizeInfo;
import app.groundwork.domain.DueGoal;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.LadderOffer;
import app.groundwork.domain.Prediction;
import app.groundwork.ui.common.ScrollIntoView;
import app.groundwork.ui.common.Ui;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Goals screen, top to bottom: the ladder's offers, today's steps, the experiment being closed, every step on
 * the list, the form to set a step, and the idea library.
 */
public final class GoalsView extends ScrollPane {
    private final GoalsViewModel model;
    private final GoalWords words;
    private final TextField title = new TextField();
    private final TextArea happened = new TextArea();
    private final DatePicker due = new DatePicker();

    public GoalsView(GoalsViewModel model) {
        this.model = model;
        this.words = model.words();
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        ScrollIntoView.install(this);

        Label intro = Ui.text("goals.intro", "muted", "screen-intro");
        Label problem = Ui.line(model.problemProperty(), "problem");
        problem.setId("goals-problem");
        Label status = Ui.line(model.statusProperty(), "status-line");
        status.setId("goals-status");

        VBox page = new VBox(18, new VBox(4, Ui.heading("goals.title"), intro), problem, status, offersBox(),
                closingBox(), todayBox(), stepsAndForm(), ideasBox());
        page.getStyleClass().addAll("screen", "goals-screen");
        setContent(page);
        // the keyboard lands in the form, or in the experiment's result when Today opened the screen for it
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> (model.closingProperty().get() != null ? happened : title).requestFocus());
            }
        });
    }

    // ---- the ladder -------------------------------------------------------------------------------------------

    private Node offersBox() {
        VBox box = new VBox(10);
        box.setId("goals-offers");
        Runnable fill = () -> {
            box.getChildren().clear();
            for (LadderOffer offer : model.offers()) {
                Label kicker = Ui.text(offer.smaller() ? "goals.offer.kicker.smaller" : "goals.offer.kicker.climb", "kicker");
                Label text = Ui.plain(model.offerText(offer));
                Button ideas = new Button(Messages.get("goals.offer.ideas"));
                ideas.setId("goals-offer-ideas-" + offer.category().id());
                ideas.setOnAction(event -> {
                    model.showIdeasFor(offer);
                    Node library = lookup("#goals-ideas");
                    if (library != null) {
                        ScrollIntoView.reveal(this, library);
                    }
                });
                Button aside = new Button(Messages.get("goals.offer.notNow"));
                aside.setId("goals-offer-aside-" + offer.category().id());
                aside.getStyleClass().add("flat");
                aside.setOnAction(event -> model.setAside(offer));
                VBox card = new VBox(8, kicker, text, new HBox(8, ideas, aside));
                card.getStyleClass().addAll("card", "offer-card");
                box.getChildren().add(card);
            }
        };
        model.offers().addListener((ListChangeListener<LadderOffer>) change -> fill.run());
        fill.run();
        Ui.showWhen(box, Bindings.isNotEmpty(model.offers()));
        return box;
    }

    // ---- today ------------------------------------------------------------------------------------------------

    private Node todayBox() {
        VBox rows = new VBox(6);
        rows.setId("goals-today");
        Label none = Ui.text("goals.today.none", "muted");
        StepRow.Actions actions = new StepRow.Actions() {
            @Override
            public void mark(Goal goal, GoalOutcome outcome) {
                model.mark(goal, outcome);
            }

            @Override
            public void unmark(Goal goal) {
                model.unmark(goal);
            }

            @Override
            public void close(Goal experiment) {
                model.startClosing(experiment);
            }
        };
        Runnable fill = () -> {
            List<Node> shown = new ArrayList<>();
            for (DueGoal item : model.today()) {
                shown.add(StepRow.of(item, words, actions));
            }
            rows.getChildren().setAll(shown);
        };
        model.today().addListener((ListChangeListener<DueGoal>) change -> fill.run());
        fill.run();
        Ui.showWhen(none, Bindings.isEmpty(model.today()));
        VBox card = new VBox(10, Ui.text("goals.today.title", "card-title"), Ui.text("goals.today.hint", "muted", "small"),
                none, rows);
        card.getStyleClass().add("card");
        return card;
    }

    // ---- closing an experiment ----------------------------------------------------------------------------------

    private Node closingBox() {
        Label heading = new Label();
        heading.getStyleClass().add("card-title");
        heading.setWrapText(true);
        Label feared = new Label();
        feared.setWrapText(true);
        feared.getStyleClass().add("muted");
        model.closingProperty().addListener((obs, old, goal) -> {
            heading.setText(goal == null ? "" : Messages.get("goals.close.title", goal.title()));
            Prediction before = goal == null ? null : goal.plan().prediction();
            feared.setText(before == null ? ""
                    : before.fear().isBlank() ? Messages.get("goals.close.expected", before.discomfort())
                    : Messages.get("goals.close.feared", before.fear(), before.discomfort()));
        });

        area(happened, "goals-happened", model.happenedProperty(), "goals.close.happened.prompt");
        Slider actual = discomfortSlider("goals-actual");
        Label actualValue = new Label();
        actualValue.getStyleClass().add("emphasis");
        actualValue.textProperty().bind(Bindings.createStringBinding(() -> model.actualProperty().get() == null
                ? Messages.get("goals.discomfort.unset") : Messages.get("goals.discomfort.value", model.actualProperty().get()),
                model.actualProperty()));
        actual.valueProperty().addListener((obs, old, value) -> model.actualProperty().set((int) Math.round(value.doubleValue())));
        model.actualProperty().addListener((obs, old, value) -> {
            if (value == null) {
                actual.setValue(50);
            }
        });
        actual.setAccessibleText(Messages.get("goals.close.actual.accessible"));
        TextArea learned = area("goals-learned", model.learnedProperty(), "goals.close.learned.prompt");
        CheckBox partly = new CheckBox(Messages.get("goals.close.partly"));
        partly.setId("goals-partly");
        partly.selectedProperty().bindBidirectional(model.partlyProperty());
        Label problem = Ui.line(model.closeProblemProperty(), "problem");
        problem.setId("goals-close-problem");
        Button keep = new Button(Messages.get("goals.close.keep"));
        keep.setId("goals-close-keep");
        keep.getStyleClass().add("accent");
        keep.setOnAction(event -> model.closeExperiment());
        Button cancel = new Button(Messages.get("goals.cancel"));
        cancel.setId("goals-close-cancel");
        cancel.getStyleClass().add("flat");
        cancel.setOnAction(event -> model.cancelClosing());

        VBox card = new VBox(10, heading, feared,
                Ui.field("goals.close.happened", happened),
                Ui.field("goals.close.actual", new HBox(12, actual, actualValue)),
                Ui.field("goals.close.learned", learned), partly, problem, new HBox(8, keep, cancel));
        card.setId("goals-closing");
        card.getStyleClass().addAll("card", "reading-card");
        Ui.showWhen(card, model.closingProperty().isNotNull());
        model.closingProperty().addListener((obs, old, goal) -> {
            if (goal != null) {
                Platform.runLater(() -> {
                    ScrollIntoView.reveal(this, card);
                    happened.requestFocus();
                });
            }
        });
        card.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                model.closeExperiment();
            }
        });
        return card;
    }

    // ---- the list and the form ----------------------------------------------------------------------------------

    private Node stepsAndForm() {
        VBox list = new VBox(6);
        list.setId("goals-open");
        Label none = Ui.text("goals.open.none", "muted");
        Runnable fill = () -> {
            List<Node> rows = new ArrayList<>();
            for (Goal goal : model.open()) {
                rows.add(openRow(goal));
            }
            list.getChildren().setAll(rows);
        };
        model.open().addListener((ListChangeListener<Goal>) change -> fill.run());
        fill.run();
        Ui.showWhen(none, Bindings.isEmpty(model.open()));
        Label relief = Ui.line(model.reliefProperty(), "relief-line");
        relief.setId("goals-relief");
        VBox steps = new VBox(10, Ui.text("goals.open.title", "card-title"), none, list, relief);
        steps.getStyleClass().add("card");
        steps.setMinWidth(300);
        HBox.setHgrow(steps, Priority.ALWAYS);
        steps.setMaxWidth(Double.MAX_VALUE);

        Node form = form();
        HBox.setHgrow(form, Priority.ALWAYS);
        HBox both = new HBox(18, steps, form);
        both.setAlignment(Pos.TOP_LEFT);
        both.setFillHeight(false);
        return both;
    }

    private Node openRow(Goal goal) {
        String id = "goal-" + goal.id();
        Label name = new Label(goal.title());
        name.getStyleClass().add("step-title");
        name.setWrapText(true);
        Label meta = Ui.plain(words.meta(goal), "muted", "small");
        VBox text = new VBox(2, name, meta);
        if (!goal.plan().note().isBlank()) {
            text.getChildren().add(Ui.plain(goal.plan().note(), "small"));
        }
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button change = new Button(Messages.get("goals.open.change"));
        change.setId(id + "-edit");
        change.getStyleClass().add("flat");
        change.setAccessibleText(Messages.get("goals.open.change.accessible", goal.title()));
        change.setOnAction(event -> {
            model.edit(goal);
            ScrollIntoView.reveal(this, title);
            title.requestFocus();
        });
        Button letGo = new Button(Messages.get("goals.open.letGo"));
        letGo.setId(id + "-let-go");
        letGo.getStyleClass().add("flat");
        letGo.setAccessibleText(Messages.get("goals.open.letGo.accessible", goal.title()));
        letGo.setOnAction(event -> model.letGo(goal));
        HBox buttons = new HBox(4, change, letGo);
        if (goal.experiment()) {
            // an experiment can be closed whenever it happened, even before the day it was planned for
            Button close = new Button(Messages.get("goals.step.howItWent"));
            close.setId(id + "-close");
            close.setAccessibleText(Messages.get("goals.step.howItWent.accessible", goal.title()));
            close.setOnAction(event -> model.startClosing(goal));
            buttons.getChildren().add(0, close);
        }
        buttons.setAlignment(Pos.CENTER_LEFT);
        // the list shares the width with the form, so its buttons sit under the words rather than squeeze them
        VBox row = new VBox(6, text, buttons);
        row.setId(id);
        row.getStyleClass().add("step-row");
        return row;
    }

    private Node form() {
        GoalForm form = model.form();
        Label heading = new Label();
        heading.getStyleClass().add("card-title");
        heading.textProperty().bind(Bindings.when(form.editingProperty().isNull())
                .then(Messages.get("goals.form.title")).otherwise(Messages.get("goals.form.editTitle")));

        title.setId("goals-title");
        title.setPromptText(Messages.get("goals.form.title.prompt"));
        title.textProperty().bindBidirectional(form.titleProperty());
        title.setAccessibleText(Messages.get("field.title"));

        ComboBox<GoalCategory> category = new ComboBox<>();
        category.setId("goals-category");
        category.getItems().setAll(GoalCategory.values());
        category.setConverter(categoryNames(null));
        category.valueProperty().bindBidirectional(form.categoryProperty());
        category.setAccessibleText(Messages.get("goals.form.category"));

        Node size = Ui.scale(1, 5, form.sizeProperty(), n -> Messages.get("goals.size.accessible", n, words.ideas().size(n).name()));
        size.setId("goals-size");
        Label sizeAbout = new Label();
        sizeAbout.getStyleClass().addAll("muted", "small");
        sizeAbout.setWrapText(true);
        sizeAbout.textProperty().bind(Bindings.createStringBinding(() -> {
            Integer chosen = form.sizeProperty().get();
            if (chosen == null) {
                return "";
            }
            GoalSizeInfo info = words.ideas().size(chosen);
            return info.name() + ": " + info.about();
        }, form.sizeProperty()));
        form.sizeProperty().set(null);
        form.sizeProperty().set(1);

        ToggleGroup repeatGroup = new ToggleGroup();
        HBox repeat = new HBox(12);
        for (GoalForm.Repeat choice : GoalForm.Repeat.values()) {
            RadioButton option = new RadioButton(Messages.get("goals.form.repeat." + choice.name().toLowerCase(java.util.Locale.ROOT)));
            option.setId("goals-repeat-" + choice.name().toLowerCase(java.util.Locale.ROOT));
            option.setUserData(choice);
            option.setToggleGroup(repeatGroup);
            option.setSelected(form.repeatProperty().get() == choice);
            repeat.getChildren().add(option);
        }
        repeatGroup.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                form.repeatProperty().set((GoalForm.Repeat) chosen.getUserData());
            }
        });
        form.repeatProperty().addListener((obs, old, chosen) -> repeatGroup.getToggles()
                .forEach(toggle -> toggle.setSelected(toggle.getUserData() == chosen)));
        repeat.disableProperty().bind(form.experimentProperty());

        FlowPane days = new FlowPane(4, 4);
        days.setId("goals-days");
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton chip = Ui.chip(GoalWords.shortDayName(day), GoalWords.dayName(day));
            chip.setId("goals-day-" + day.name().toLowerCase(java.util.Locale.ROOT).substring(0, 3));
            chip.selectedProperty().bindBidirectional(form.dayProperty(day));
            days.getChildren().add(chip);
        }
        Ui.showWhen(days, form.repeatProperty().isEqualTo(GoalForm.Repeat.DAYS));

        due.setId("goals-due");
        due.valueProperty().bindBidirectional(form.dueProperty());
        due.setPromptText(Messages.get("goals.form.due.prompt"));
        due.setAccessibleText(Messages.get("goals.form.due"));
        Node dueField = Ui.field("goals.form.due", due);
        Ui.showWhen(dueField, form.repeatProperty().isEqualTo(GoalForm.Repeat.ONCE));

        TextArea note = area("goals-note", form.noteProperty(), "goals.form.note.prompt");
        note.setPrefRowCount(2);

        CheckBox experiment = new CheckBox(Messages.get("goals.form.experiment"));
        experiment.setId("goals-experiment");
        experiment.setWrapText(true);
        experiment.selectedProperty().bindBidirectional(form.experimentProperty());
        TextArea fear = area("goals-fear", form.fearProperty(), "goals.form.fear.prompt");
        fear.setPrefRowCount(2);
        Slider predicted = discomfortSlider("goals-predicted");
        predicted.setValue(form.predictedProperty().get());
        predicted.valueProperty().addListener((obs, old, value) -> form.predictedProperty().set((int) Math.round(value.doubleValue())));
        form.predictedProperty().addListener((obs, old, value) -> {
            if (value != null && Math.round(predicted.getValue()) != value) {
                predicted.setValue(value);
            }
        });
        predicted.setAccessibleText(Messages.get("goals.form.predicted"));
        Label predictedValue = new Label();
        predictedValue.getStyleClass().add("emphasis");
        predictedValue.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("goals.discomfort.value", form.predictedProperty().get()), form.predictedProperty()));
        VBox experimentFields = new VBox(10, Ui.text("goals.form.experiment.hint", "muted", "small"),
                Ui.field("goals.form.fear", fear), Ui.field("goals.form.predicted", new HBox(12, predicted, predictedValue)));
        experimentFields.setId("goals-experiment-fields");
        Ui.showWhen(experimentFields, form.experimentProperty());

        Label problem = Ui.line(model.formProblemProperty(), "problem");
        problem.setId("goals-form-problem");
        Button save = new Button();
        save.setId("goals-save");
        save.getStyleClass().add("accent");
        save.textProperty().bind(Bindings.when(form.editingProperty().isNull())
                .then(Messages.get("goals.form.save")).otherwise(Messages.get("goals.form.saveChanges")));
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> save());
        Button cancel = new Button(Messages.get("goals.cancel"));
        cancel.setId("goals-cancel-edit");
        cancel.getStyleClass().add("flat");
        cancel.setOnAction(event -> model.cancelEdit());
        Ui.showWhen(cancel, form.editingProperty().isNotNull());
        Button remove = new Button(Messages.get("goals.form.remove"));
        remove.setId("goals-remove");
        remove.getStyleClass().add("flat");
        remove.setOnAction(event -> model.remove(form.editingProperty().get()));
        Ui.showWhen(remove, form.editingProperty().isNotNull());
        Label shortcut = Ui.text("goals.form.shortcut", "muted", "small");

        VBox card = new VBox(12, heading,
                Ui.field("field.title", title),
                Ui.field("goals.form.category", category),
                Ui.field("goals.form.size", new VBox(4, size, sizeAbout)),
                Ui.field("goals.form.repeat", new VBox(8, repeat, days)),
                dueField,
                Ui.field("goals.form.note", note),
                experiment, experimentFields, problem,
                new HBox(8, save, cancel, remove), shortcut);
        card.setId("goals-form");
        card.getStyleClass().add("card");
        card.setMinWidth(360);
        card.setPrefWidth(440);
        card.setMaxWidth(520);
        card.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                save();
            }
        });
        return card;
    }

    private void save() {
        Ui.commitTypedDate(due);
        model.save();
    }

    // ---- ideas ------------------------------------------------------------------------------------------------

    private Node ideasBox() {
        ComboBox<GoalCategory> category = new ComboBox<>();
        category.setId("goals-ideas-category");
        List<GoalCategory> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(GoalCategory.values()));
        category.getItems().setAll(choices);
        category.setConverter(categoryNames(Messages.get("goals.ideas.allCategories")));
        category.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(GoalCategory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : category.getConverter().toString(item));
            }
        });
        category.valueProperty().bindBidirectional(model.ideaCategoryProperty());
        category.setAccessibleText(Messages.get("goals.ideas.category"));
        Node size = Ui.scale(1, 5, model.ideaSizeProperty(), n -> Messages.get("goals.size.accessible", n, words.ideas().size(n).name()));
        HBox filters = new HBox(16, Ui.field("goals.ideas.category", category), Ui.field("goals.ideas.size", size));
        filters.setAlignment(Pos.BOTTOM_LEFT);

        VBox list = new VBox(6);
        list.setId("goals-ideas-list");
        Runnable fill = () -> {
            List<Node> rows = new ArrayList<>();
            for (GoalIdea idea : model.ideas()) {
                rows.add(ideaRow(idea));
            }
            list.getChildren().setAll(rows);
        };
        model.ideas().addListener((ListChangeListener<GoalIdea>) change -> fill.run());
        fill.run();
        Label count = new Label();
        count.getStyleClass().addAll("muted", "small");
        count.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("goals.ideas.count", model.ideas().size()),
                model.ideas()));

        VBox card = new VBox(12, Ui.text("goals.ideas.title", "card-title"), Ui.text("goals.ideas.hint", "muted"), filters,
                count, list);
        card.setId("goals-ideas");
        card.getStyleClass().add("card");
        return card;
    }

    private Node ideaRow(GoalIdea idea) {
        Label name = new Label(idea.title());
        name.getStyleClass().add("step-title");
        name.setWrapText(true);
        Label why = Ui.plain(idea.why(), "muted", "small");
        Label meta = Ui.plain(words.ideas().categoryName(idea.category()) + " · "
                + Messages.get("goals.size", idea.size(), words.ideas().size(idea.size()).name()), "small", "idea-meta");
        VBox text = new VBox(2, name, why, meta);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = new Button(Messages.get("goals.ideas.add"));
        add.setId("idea-" + idea.id() + "-add");
        add.setAccessibleText(Messages.get("goals.ideas.add.accessible", idea.title()));
        add.setOnAction(event -> model.addIdea(idea));
        Button shape = new Button(Messages.get("goals.ideas.shape"));
        shape.setId("idea-" + idea.id() + "-shape");
        shape.getStyleClass().add("flat");
        shape.setAccessibleText(Messages.get("goals.ideas.shape.accessible", idea.title()));
        shape.setOnAction(event -> {
            model.shapeIdea(idea);
            ScrollIntoView.reveal(this, title);
            title.requestFocus();
        });
        HBox buttons = new HBox(4, add, shape);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(10, text, buttons);
        row.setId("idea-" + idea.id());
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("idea-row");
        return row;
    }

    // ---- small builders ---------------------------------------------------------------------------------------

    private StringConverter<GoalCategory> categoryNames(String whenNone) {
        return new StringConverter<>() {
            @Override
            public String toString(GoalCategory category) {
                return category == null ? (whenNone == null ? "" : whenNone) : words.ideas().categoryName(category);
            }

            @Override
            public GoalCategory fromString(String text) {
                return Arrays.stream(GoalCategory.values())
                        .filter(category -> words.ideas().categoryName(category).equals(text)).findFirst().orElse(null);
            }
        };
    }

    private static Slider discomfortSlider(String id) {
        Slider slider = new Slider(0, 100, 50);
        slider.setId(id);
        slider.setMajorTickUnit(25);
        slider.setMinorTickCount(4);
        slider.setBlockIncrement(5);
        slider.setShowTickMarks(true);
        slider.setPrefWidth(260);
        return slider;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty text, String promptKey) {
        return area(new TextArea(), id, text, promptKey);
    }

    private static TextArea area(TextArea area, String id, javafx.beans.property.StringProperty text, String promptKey) {
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPromptText(Messages.get(promptKey));
        area.textProperty().bindBidirectional(text);
        return area;
    }




    /** The idea list in the model, for tests. */
    ObservableList<GoalIdea> shownIdeas() {
        return model.ideas();
    }
}
