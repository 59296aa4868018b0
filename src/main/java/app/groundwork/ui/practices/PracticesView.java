package app.groundwork.ui.practices;

import app.groundwork.Messages;
import app.groundwork.content.BreathingPattern;
import app.groundwork.domain.SeriesProgress;
import app.groundwork.ui.common.Ui;
import app.groundwork.ui.practices.PracticesViewModel.NextIdea;
import app.groundwork.ui.practices.PracticesViewModel.PracticeRow;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The Practices screen: the practices on the left (Enter or a double click opens one), and on the right the practice
 * under way, a step at a time: its prompt, an example, the answer, the step's timer, the breathing guide where the
 * practice has one, Back and Next, and Finish. Ctrl+Enter moves on, and on the last step finishes. A timeline asks the
 * model to read its clock four times a second while the screen is showing.
 */
public final class PracticesView extends HBox {
    /** The breathing circle's radius at full size, in pixels. */
    private static final double GUIDE_RADIUS = 70;
    /** How long typing rests before the answers are kept as a draft. */
    private static final Duration KEEP_PAUSE = Duration.millis(500);

    private final PracticesViewModel model;
    private final ListView<PracticeRow> list;
    private final TextArea answer = new TextArea();
    private final Button next = new Button(Messages.get("practices.next"));
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(250), event -> tickModel()));
    private Consumer<String> openCard = id -> { };

    public PracticesView(PracticesViewModel model) {
        this.model = model;
        getStyleClass().addAll("screen", "practices-screen");
        setSpacing(20);
        list = new ListView<>(model.practices());
        Node runner = runnerPane();
        HBox.setHgrow(runner, Priority.ALWAYS);
        getChildren().addAll(listPane(), runner);

        ticker.setCycleCount(Animation.INDEFINITE);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
                model.keepDraft();
            } else {
                ticker.play();
                // a practice opened from elsewhere (Today's suggestion) gets the keyboard; otherwise the list does
                Platform.runLater(() -> {
                    if (model.openProperty().get()) {
                        focusStep();
                    } else {
                        list.requestFocus();
                    }
                });
            }
        });
        model.stepsShownProperty().addListener((obs, old, count) -> Platform.runLater(this::focusStep));
        keepWhenTypingPauses();
    }

    /** Keeps the answers a moment after typing pauses, so a crash costs at most that moment. */
    private void keepWhenTypingPauses() {
        PauseTransition pause = new PauseTransition(KEEP_PAUSE);
        pause.setOnFinished(event -> model.keepDraft());
        model.answerProperty().addListener((obs, old, text) -> pause.playFromStart());
    }

    /** What "Read more" does with the practice's card id: the app opens the library at that card. */
    public void setOnOpenCard(Consumer<String> action) {
        this.openCard = Objects.requireNonNull(action);
    }

    private void tickModel() {
        model.tick();
    }

    /** Puts the caret in the answer on a written step, otherwise on the step's first useful button. */
    private void focusStep() {
        if (model.writtenProperty().get()) {
            answer.requestFocus();
            answer.positionCaret(answer.getLength());
        } else {
            next.requestFocus();
        }
    }

    // ---- the list ---------------------------------------------------------------------------------------------------

    private Node listPane() {
        list.setId("practices-list");
        list.getStyleClass().add("practices-list");
        list.setAccessibleText(Messages.get("practices.list.accessible"));
        list.setCellFactory(view -> new RowCell());
        list.setMinWidth(300);
        list.setPrefWidth(340);
        list.setMaxWidth(380);
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                PracticeRow focused = list.getFocusModel().getFocusedItem();
                if (focused != null) {
                    list.getSelectionModel().select(focused);
                    model.open(focused.id());
                }
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            PracticeRow chosen = list.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && chosen != null) {
                model.open(chosen.id());
            }
        });
        if (!list.getItems().isEmpty()) {
            list.getFocusModel().focus(0);
        }
        Label intro = Ui.text("practices.intro", "muted", "screen-intro");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox pane = new VBox(12, Ui.heading("practices.title"), intro, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        // the intro wraps within the list's column, so the practice under way keeps the rest of the width
        pane.setMinWidth(300);
        pane.setPrefWidth(340);
        pane.setMaxWidth(380);
        return pane;
    }

    /** One practice: its title, about how long it takes, and why it helps. */
    private static final class RowCell extends ListCell<PracticeRow> {
        private static final double CELL_INSET = 44;

        RowCell() {
            getStyleClass().add("practices-cell");
        }

        @Override
        protected void updateItem(PracticeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label title = Ui.plain(row.title(), "practices-cell-title");
            Label minutes = Ui.plain(row.minutes(), "practices-cell-minutes");
            Label why = Ui.plain(row.why(), "practices-cell-why");
            VBox box = new VBox(3, title, minutes, why);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(CELL_INSET));
            for (Label label : new Label[] {title, minutes, why}) {
                label.prefWidthProperty().bind(box.prefWidthProperty());
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            setGraphic(box);
            setText(null);
            setAccessibleText(Messages.get("practices.row.accessible", row.title(), row.minutes(), row.why()));
        }
    }

    // ---- the practice under way -------------------------------------------------------------------------------------

    private Node runnerPane() {
        Label empty = Ui.text("practices.empty", "practices-empty");
        empty.setId("practices-empty");
        Ui.showWhen(empty, model.openProperty().not());

        Label title = Ui.line(model.titleProperty(), "practices-title");
        title.setId("practice-title");
        Label why = Ui.line(model.whyProperty(), "muted");
        why.setId("practice-why");
        Button readMore = new Button();
        readMore.setId("practice-card");
        readMore.getStyleClass().addAll("flat", "link-button");
        readMore.textProperty().bind(model.cardLinkProperty());
        readMore.setOnAction(event -> openCard.accept(model.cardIdProperty().get()));
        Ui.showWhen(readMore, model.cardIdProperty().isNotEmpty().and(model.openProperty()));

        VBox step = stepBox();
        Ui.showWhen(step, model.openProperty().and(model.finishedProperty().not()));
        VBox closing = closingBox();
        Ui.showWhen(closing, model.finishedProperty());

        Label problem = Ui.line(model.problemProperty(), "problem");
        problem.setId("practice-problem");
        Label status = Ui.line(model.statusProperty(), "status-line");
        status.setId("practice-status");

        VBox page = new VBox(16, empty, new VBox(6, title, why, readMore), seriesBox(), step, problem, status, closing);
        page.setId("practice-page");
        page.getStyleClass().add("practices-page");
        page.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                model.advance();
            }
        });
        ScrollPane scroll = new ScrollPane(page);
        scroll.getStyleClass().add("screen-scroll");
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(0);
        return scroll;
    }

    /** For a practice over several days: a dot per day, filled for each day written, what today is, and its focus. */
    private Node seriesBox() {
        HBox dots = new HBox(6);
        dots.setId("practice-series-dots");
        dots.setAlignment(Pos.CENTER_LEFT);
        Runnable fill = () -> {
            SeriesProgress progress = model.seriesProperty().get();
            dots.getChildren().clear();
            if (progress == null) {
                return;
            }
            for (int day = 1; day <= progress.days(); day++) {
                Circle dot = new Circle(6);
                dot.getStyleClass().add(day <= progress.daysDone() ? "practices-day-done" : "practices-day");
                dots.getChildren().add(dot);
            }
            dots.setAccessibleText(Messages.get("practices.series.accessible", progress.daysDone(), progress.days()));
        };
        model.seriesProperty().addListener((obs, old, now) -> fill.run());
        fill.run();
        Label text = Ui.line(model.seriesTextProperty(), "practices-series-text");
        text.setId("practice-series");
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label focus = Ui.line(model.seriesFocusProperty(), "practices-series-focus");
        focus.setId("practice-series-focus");
        focus.setMinHeight(Region.USE_PREF_SIZE);
        Ui.showWhen(focus, model.seriesFocusProperty().isNotEmpty());
        HBox top = new HBox(12, dots, text);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, top, focus);
        box.setId("practice-series-box");
        box.getStyleClass().addAll("card", "practices-series");
        Ui.showWhen(box, model.seriesProperty().isNotNull().and(model.openProperty()));
        return box;
    }

    private VBox stepBox() {
        Label stepLabel = Ui.line(model.stepLabelProperty(), "kicker");
        stepLabel.setId("practice-step");
        Label prompt = Ui.line(model.promptProperty(), "practices-prompt");
        prompt.setId("practice-prompt");
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        Label example = Ui.line(model.exampleProperty(), "practices-example");
        example.setId("practice-example");
        example.setMinHeight(Region.USE_PREF_SIZE);

        answer.setId("practice-answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(6);
        answer.setPromptText(Messages.get("practices.answer.prompt"));
        answer.setAccessibleText(Messages.get("practices.answer.accessible"));
        answer.textProperty().bindBidirectional(model.answerProperty());
        prompt.setLabelFor(answer);
        Ui.showWhen(answer, model.writtenProperty());

        Button back = new Button(Messages.get("practices.back"));
        back.setId("practice-back");
        back.disableProperty().bind(model.firstProperty());
        back.setOnAction(event -> model.back());
        next.setId("practice-next");
        next.disableProperty().bind(model.lastProperty());
        next.setOnAction(event -> model.next());
        Button finish = new Button(Messages.get("practices.finish"));
        finish.setId("practice-finish");
        finish.getStyleClass().add("accent");
        // the buttons keep their words; the hint beside them wraps instead
        for (Button button : List.of(back, next, finish)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        finish.disableProperty().bind(model.busyProperty());
        finish.setOnAction(event -> model.finish());
        HBox actions = new HBox(10, back, next, finish);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label shortcut = Ui.text("practices.shortcut", "muted", "small");

        VBox box = new VBox(14, stepLabel, prompt, example, breathingGuide(), timerRow(), answer, actions, shortcut);
        box.getStyleClass().addAll("card", "practices-step");
        return box;
    }

    private Node timerRow() {
        Label remaining = new Label();
        remaining.setId("practice-remaining");
        remaining.getStyleClass().add("practices-remaining");
        remaining.textProperty().bind(model.remainingProperty());
        remaining.setAccessibleText(Messages.get("practices.timer.accessible"));
        remaining.setMinWidth(Region.USE_PREF_SIZE);

        Button toggle = new Button();
        toggle.setId("practice-timer-toggle");
        toggle.textProperty().bind(Bindings.when(model.timerRunningProperty())
                .then(Messages.get("practices.timer.pause"))
                .otherwise(Messages.get("practices.timer.start")));
        toggle.disableProperty().bind(model.timerDoneProperty());
        toggle.setOnAction(event -> model.toggleTimer());

        Label done = Ui.text("practices.timer.done", "practices-timer-done");
        done.setId("practice-timer-done");
        Ui.showWhen(done, model.timerDoneProperty());

        HBox row = new HBox(14, remaining, toggle, done);
        row.setId("practice-timer");
        row.getStyleClass().add("practices-timer");
        row.setAlignment(Pos.CENTER_LEFT);
        Ui.showWhen(row, model.timedProperty());
        return row;
    }

    private Node breathingGuide() {
        Circle circle = new Circle(GUIDE_RADIUS);
        circle.setId("practice-breath-circle");
        circle.getStyleClass().add("practices-breath-circle");
        circle.scaleXProperty().bind(model.guideScaleProperty());
        circle.scaleYProperty().bind(model.guideScaleProperty());
        Ui.showWhen(circle, model.reducedMotionProperty().not());
        StackPane circleBox = new StackPane(circle);
        circleBox.setMinSize(GUIDE_RADIUS * 2, GUIDE_RADIUS * 2);
        Ui.showWhen(circleBox, model.reducedMotionProperty().not());

        Label words = new Label();
        words.setId("practice-breath");
        words.getStyleClass().add("practices-breath-words");
        words.textProperty().bind(model.breathingTextProperty());
        words.setAccessibleText(Messages.get("practices.breathing.accessible"));

        ComboBox<BreathingPattern> patterns = new ComboBox<>(model.patterns());
        patterns.setId("practice-pattern");
        patterns.setConverter(new StringConverter<>() {
            @Override
            public String toString(BreathingPattern pattern) {
                return pattern == null ? "" : pattern.name();
            }

            @Override
            public BreathingPattern fromString(String text) {
                return patterns.getItems().stream().filter(p -> p.name().equals(text)).findFirst().orElse(null);
            }
        });
        patterns.valueProperty().bindBidirectional(model.patternProperty());
        patterns.setAccessibleText(Messages.get("practices.breathing.pattern"));

        Label hint = new Label();
        hint.getStyleClass().addAll("muted", "small");
        hint.setWrapText(true);
        hint.textProperty().bind(Bindings.when(model.reducedMotionProperty())
                .then(Messages.get("practices.breathing.hint.still"))
                .otherwise(Messages.get("practices.breathing.hint")));

        VBox side = new VBox(10, words, Ui.field("practices.breathing.pattern", patterns), adjustRow(), hint);
        side.setAlignment(Pos.CENTER_LEFT);
        HBox guide = new HBox(24, circleBox, side);
        guide.setId("practice-breathing");
        guide.getStyleClass().add("practices-breathing");
        guide.setAlignment(Pos.CENTER_LEFT);
        Ui.showWhen(guide, model.breathingProperty());
        return guide;
    }

    /** Four small number fields, one per part of a breath; changing one makes the person's own pattern. */
    private Node adjustRow() {
        HBox row = new HBox(10);
        row.setAlignment(Pos.CENTER_LEFT);
        String[][] parts = {{"in", "practices.breathing.part.in"}, {"hold", "practices.breathing.part.hold"},
                {"out", "practices.breathing.part.out"}, {"rest", "practices.breathing.part.rest"}};
        List<IntegerProperty> values = List.of(model.inhaleProperty(), model.holdInProperty(),
                model.exhaleProperty(), model.holdOutProperty());
        for (int i = 0; i < parts.length; i++) {
            int least = i % 2 == 0 ? 1 : 0;
            Spinner<Integer> seconds = new Spinner<>(least, PracticesViewModel.LONGEST_PART, values.get(i).get());
            seconds.setId("practice-breath-" + parts[i][0]);
            seconds.setEditable(true);
            seconds.setMinWidth(72);
            seconds.setPrefWidth(72);
            seconds.getEditor().setPrefColumnCount(2);
            seconds.setAccessibleText(Messages.get("practices.breathing.part.accessible", Messages.get(parts[i][1])));
            IntegerProperty value = values.get(i);
            seconds.valueProperty().addListener((obs, old, now) -> {
                if (now != null && now != value.get()) {
                    value.set(now);
                }
            });
            value.addListener((obs, old, now) -> {
                if (!now.equals(seconds.getValue())) {
                    seconds.getValueFactory().setValue(now.intValue());
                }
            });
            Label name = Ui.text(parts[i][1], "small");
            name.setLabelFor(seconds);
            row.getChildren().add(new VBox(2, name, seconds));
        }
        Label title = Ui.text("practices.breathing.adjust", "muted", "small");
        return new VBox(4, title, row);
    }

    // ---- after finishing --------------------------------------------------------------------------------------------

    private VBox closingBox() {
        Label line = Ui.line(model.closingLineProperty(), "practices-closing");
        line.setId("practice-closing");
        line.setMinHeight(Region.USE_PREF_SIZE);
        VBox ideas = new VBox(8);
        ideas.setId("practice-next-ideas");
        Runnable fill = () -> ideas.getChildren().setAll(model.nextIdeas().stream().map(this::idea).toList());
        model.nextIdeas().addListener((ListChangeListener<NextIdea>) change -> fill.run());
        fill.run();
        Label ideasTitle = Ui.text("practices.next.title", "section-title");
        Ui.showWhen(ideasTitle, Bindings.isNotEmpty(model.nextIdeas()));
        VBox box = new VBox(12, line, goalOffer(), ideasTitle, ideas);
        box.getStyleClass().addAll("card", "practices-closing-card");
        return box;
    }

    /** After a practice that makes a plan: the plan's first line as a step title, to change or keep, and one button. */
    private Node goalOffer() {
        Label offer = Ui.text("practices.goal.offer", "practices-goal-offer");
        offer.setMinHeight(Region.USE_PREF_SIZE);
        TextField title = new TextField();
        title.setId("practice-goal-title");
        title.textProperty().bindBidirectional(model.goalTitleProperty());
        title.setOnAction(event -> model.makeGoal());
        Button make = new Button(Messages.get("practices.goal.make"));
        make.setId("practice-goal-make");
        make.setMinWidth(Region.USE_PREF_SIZE);
        make.disableProperty().bind(model.busyProperty());
        make.setOnAction(event -> model.makeGoal());
        title.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, offer, Ui.field("practices.goal.title", title), make);
        box.setId("practice-goal");
        box.getStyleClass().add("practices-goal");
        Ui.showWhen(box, model.goalOfferedProperty());
        return box;
    }

    private Node idea(NextIdea idea) {
        if (idea.practiceId() == null) {
            return Ui.plain(idea.text(), "practices-idea");
        }
        Button open = new Button(idea.text());
        open.getStyleClass().add("flat");
        open.setId("practice-idea-" + idea.practiceId());
        open.setAccessibleText(Messages.get("practices.next.open.accessible", idea.text()));
        open.setOnAction(event -> {
            model.open(idea.practiceId());
            model.practices().stream().filter(row -> row.id().equals(idea.practiceId())).findFirst()
                    .ifPresent(row -> list.getSelectionModel().select(row));
        });
        return open;
    }
}
