package app.groundwork.ui.reframe;

import app.groundwork.Messages;
import app.groundwork.content.AlternativeExample;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.ReframeGuideStep;
import app.groundwork.content.ThinkingTrap;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeStep;
import app.groundwork.ui.common.EmotionChoice;
import app.groundwork.ui.common.EmotionPicker;
import app.groundwork.ui.common.ScrollIntoView;
import app.groundwork.ui.common.Ui;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
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
import javafx.util.Duration;

/**
 * The Reframe screen: one step of the thought record at a time, with the critic's words in view from the second step
 * on, the step's prompt and a worked example, and Back / Next (Ctrl+Enter) below. Unfinished records can be picked up
 * again from the top of the screen.
 */
public final class ReframeView extends ScrollPane {
    private static final Duration KEEP_PAUSE = Duration.millis(600);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault());
    private static final int EXAMPLES_SHOWN = 3;

    private final ReframeViewModel model;
    private final ContentLibrary content;
    private final Runnable openJournal;
    private final Map<ReframeStep, Node> bodies = new EnumMap<>(ReframeStep.class);
    private final Map<ReframeStep, Node> firstFields = new EnumMap<>(ReframeStep.class);
    private final VBox stepBox = new VBox(12);
    private final VBox suggestionBox = new VBox(8);

    public ReframeView(ReframeViewModel model, ContentLibrary content, Runnable openJournal) {
        this.model = model;
        this.content = content;
        this.openJournal = openJournal;
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        ScrollIntoView.install(this);
        buildBodies();
        VBox form = new VBox(16, stepper(), thoughtBanner(), stepBox, footer());
        form.visibleProperty().bind(model.finishedProperty().isNull());
        form.managedProperty().bind(form.visibleProperty());
        VBox page = new VBox(18, header(), unfinished(), done(), form);
        page.getStyleClass().add("screen");
        setContent(page);
        model.stepProperty().addListener((obs, old, step) -> showStep(step, true));
        showStep(model.stepProperty().get(), false);
        keepWhenTypingPauses();
        // each time the screen is shown, the keyboard lands where the record is waiting
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(this::focusStep);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown() && model.finishedProperty().get() == null) {
                event.consume();
                nextOrFinish();
            }
        });
    }

    private Node header() {
        Label title = Ui.heading("reframe.title");
        Label subtitle = Ui.text("reframe.subtitle", "muted");
        return new VBox(6, title, subtitle);
    }

    /** Records left unfinished, each one click (or Enter) from where it was left. */
    private Node unfinished() {
        Label heading = Ui.text("reframe.unfinished", "emphasis");
        VBox rows = new VBox(6);
        Runnable refresh = () -> rows.getChildren().setAll(model.inProgress().stream().map(this::unfinishedRow).toList());
        model.inProgress().addListener((ListChangeListener<Reframe>) change -> refresh.run());
        refresh.run();
        VBox banner = new VBox(8, heading, rows);
        banner.getStyleClass().add("banner");
        banner.setId("reframe-unfinished");
        banner.visibleProperty().bind(Bindings.isNotEmpty(model.inProgress()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node unfinishedRow(Reframe record) {
        String thought = record.content().thought().isBlank()
                ? Messages.get("reframe.unfinished.noThought")
                : Messages.get("reframe.quoted", shorten(record.content().thought(), 90));
        Label text = new Label(Messages.get("reframe.unfinished.row", DAY.format(record.date()), thought));
        text.setWrapText(true);
        Button resume = new Button(Messages.get("reframe.unfinished.continue"));
        resume.setId("reframe-resume-" + record.id());
        resume.setAccessibleText(Messages.get("reframe.unfinished.continue.accessible", thought));
        resume.setOnAction(event -> model.open(record.id()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, text, spacer, resume);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The closing page: how the thought's grip changed, the kinder answer, and where to go next. */
    private Node done() {
        Label heading = Ui.text("reframe.done.title", "reply-heading");
        Label summary = new Label();
        summary.setId("reframe-done-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("reply-text");
        Label answer = new Label();
        answer.setWrapText(true);
        answer.getStyleClass().add("reframe-answer");
        model.finishedProperty().addListener((obs, old, record) -> {
            summary.setText(model.finishedSummary());
            answer.setText(record == null ? "" : Messages.get("reframe.done.answer", record.content().alternative()));
            if (record != null) {
                setVvalue(0);
            }
        });
        Button another = new Button(Messages.get("reframe.done.another"));
        another.setId("reframe-new");
        another.getStyleClass().add("accent");
        another.setOnAction(event -> model.startNew());
        Button journal = new Button(Messages.get("reframe.done.journal"));
        journal.setOnAction(event -> openJournal.run());
        VBox box = new VBox(10, heading, summary, answer, new HBox(8, another, journal));
        box.getStyleClass().add("reply");
        box.setId("reframe-done");
        box.visibleProperty().bind(model.finishedProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** Where the person is among the eight steps; any step can be opened directly. */
    private Node stepper() {
        FlowPane row = new FlowPane(6, 6);
        row.getStyleClass().add("stepper");
        ToggleGroup group = new ToggleGroup();
        for (ReframeStep step : ReframeStep.values()) {
            ToggleButton button = new ToggleButton(Messages.get("reframe.step.number", step.ordinal() + 1, guide(step).title()));
            button.setId("reframe-step-" + step.id());
            button.getStyleClass().add("step-chip");
            button.setToggleGroup(group);
            button.setUserData(step);
            button.setAccessibleText(Messages.get("reframe.step.accessible", step.ordinal() + 1,
                    ReframeStep.values().length, guide(step).title()));
            button.setOnAction(event -> {
                button.setSelected(true);
                model.goTo(step);
            });
            row.getChildren().add(button);
        }
        Runnable select = () -> group.getToggles().forEach(toggle ->
                toggle.setSelected(toggle.getUserData() == model.stepProperty().get()));
        model.stepProperty().addListener((obs, old, step) -> select.run());
        select.run();
        return row;
    }

    /** The critic's words, kept in view at every step after the one where they are written. */
    private Node thoughtBanner() {
        Label label = Ui.text("reframe.thought.banner", "field-label");
        Label words = new Label();
        words.setId("reframe-thought-banner");
        words.setWrapText(true);
        words.getStyleClass().add("reframe-thought");
        words.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("reframe.quoted", model.thoughtProperty().get().strip()), model.thoughtProperty()));
        VBox banner = new VBox(4, label, words);
        banner.getStyleClass().add("thought-banner");
        banner.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.stepProperty().get().compareTo(ReframeStep.THOUGHT) > 0 && !model.thoughtProperty().get().isBlank(),
                model.stepProperty(), model.thoughtProperty()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node footer() {
        Label problem = new Label();
        problem.setId("reframe-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button back = new Button(Messages.get("reframe.back"));
        back.setId("reframe-back");
        back.disableProperty().bind(Bindings.createBooleanBinding(() -> model.stepProperty().get().isFirst(), model.stepProperty()));
        back.setOnAction(event -> model.back());
        Button next = new Button();
        next.setId("reframe-next");
        next.getStyleClass().add("accent");
        next.textProperty().bind(Bindings.createStringBinding(() -> model.stepProperty().get().isLast()
                ? Messages.get("reframe.finish") : Messages.get("reframe.next"), model.stepProperty()));
        next.disableProperty().bind(model.busyProperty());
        next.setOnAction(event -> nextOrFinish());
        Label kept = new Label();
        kept.getStyleClass().add("muted");
        kept.textProperty().bind(model.keptStatusProperty());
        Label keys = Ui.text("reframe.keys", "muted", "small");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, back, next, kept, spacer, keys);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, problem, row);
    }

    private void nextOrFinish() {
        if (model.stepProperty().get().isLast()) {
            model.finish();
        } else {
            model.next();
        }
    }

    private void showStep(ReframeStep step, boolean focus) {
        ReframeGuideStep guide = guide(step);
        Label title = Ui.plain(guide.title(), "section-title");
        title.setId("reframe-step-title");
        Label prompt = Ui.plain(guide.prompt(), "reframe-prompt");
        VBox top = new VBox(6, title, prompt);
        if (guide.hint() != null && !guide.hint().isBlank()) {
            top.getChildren().add(Ui.plain(guide.hint(), "muted"));
        }
        Label exampleTitle = Ui.text("reframe.example", "field-label");
        VBox example = new VBox(4, exampleTitle, Ui.plain(guide.example(), "muted"));
        example.getStyleClass().add("inner-card");
        stepBox.getChildren().setAll(top, bodies.get(step), example);
        stepBox.getStyleClass().setAll("card");
        if (focus) {
            focusStep();
            setVvalue(0);
        }
    }

    /** Puts the keyboard where the step begins: its first field, or the first suggestion waiting for an answer. */
    private void focusStep() {
        ReframeStep step = model.stepProperty().get();
        Node first = firstFields.get(step);
        if (step == ReframeStep.TRAPS && !suggestionBox.getChildren().isEmpty()) {
            first = suggestionBox.getChildren().get(0).lookup(".button");
        }
        if (first != null) {
            first.requestFocus();
        }
    }

    // ---- the body of each step --------------------------------------------------------------------------------

    private void buildBodies() {
        bodies.put(ReframeStep.SITUATION, textStep(ReframeStep.SITUATION, "reframe-situation", model.situationProperty(),
                guide(ReframeStep.SITUATION).title(), 4));
        bodies.put(ReframeStep.THOUGHT, textStep(ReframeStep.THOUGHT, "reframe-thought", model.thoughtProperty(),
                guide(ReframeStep.THOUGHT).title(), 3));
        bodies.put(ReframeStep.BEFORE, feelings(false));
        bodies.put(ReframeStep.TRAPS, traps());
        bodies.put(ReframeStep.EVIDENCE, evidence());
        bodies.put(ReframeStep.FRIEND, textStep(ReframeStep.FRIEND, "reframe-friend", model.friendAnswerProperty(),
                guide(ReframeStep.FRIEND).title(), 4));
        bodies.put(ReframeStep.ALTERNATIVE, alternative());
        bodies.put(ReframeStep.AFTER, feelings(true));
    }

    private Node textStep(ReframeStep step, String id, StringProperty text, String accessible, int rows) {
        TextArea area = area(id, text, accessible, rows);
        firstFields.put(step, area);
        return area;
    }

    private static TextArea area(String id, StringProperty text, String accessible, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setAccessibleText(accessible);
        area.textProperty().bindBidirectional(text);
        return area;
    }

    private Node evidence() {
        ReframeGuideStep guide = guide(ReframeStep.EVIDENCE);
        TextArea forIt = area("reframe-evidence-for", model.evidenceForProperty(), guide.promptFor(), 4);
        TextArea against = area("reframe-evidence-against", model.evidenceAgainstProperty(), guide.promptAgainst(), 4);
        Label forLabel = Ui.plain(guide.promptFor(), "field-label");
        forLabel.setLabelFor(forIt);
        Label againstLabel = Ui.plain(guide.promptAgainst(), "field-label");
        againstLabel.setLabelFor(against);
        firstFields.put(ReframeStep.EVIDENCE, forIt);
        return new VBox(8, forLabel, forIt, againstLabel, against);
    }

    private Node alternative() {
        TextArea area = area("reframe-alternative", model.alternativeProperty(), guide(ReframeStep.ALTERNATIVE).title(), 4);
        firstFields.put(ReframeStep.ALTERNATIVE, area);
        VBox examples = new VBox(8);
        examples.getChildren().add(Ui.text("reframe.alternative.others", "field-label"));
        List<AlternativeExample> all = content.reframeGuide().alternatives();
        for (AlternativeExample example : all.subList(0, Math.min(EXAMPLES_SHOWN, all.size()))) {
            Label critic = Ui.plain(Messages.get("reframe.alternative.critic", example.critic()), "muted");
            Label balanced = Ui.plain(Messages.get("reframe.alternative.balanced", example.balanced()));
            examples.getChildren().add(new VBox(2, critic, balanced));
        }
        return new VBox(12, area, examples);
    }

    /** Emotions and belief: rated at the start, and again at the end (with the look-back choice). */
    private Node feelings(boolean after) {
        String prefix = after ? "after-" : "before-";
        EmotionPicker picker = new EmotionPicker(prefix, model.knownEmotions(), new EmotionPicker.Choices() {
            @Override
            public ObservableList<EmotionChoice> chosen() {
                return after ? model.emotionsAfter() : model.emotionsBefore();
            }

            @Override
            public boolean has(String id) {
                return model.hasEmotion(after, id);
            }

            @Override
            public void toggle(String id) {
                model.toggleEmotion(after, id);
            }

            @Override
            public boolean addOwn(String word) {
                return model.addCustomEmotion(after, word);
            }

            @Override
            public void remove(EmotionChoice choice) {
                model.removeEmotion(after, choice);
            }
        });
        Label emotionsLabel = Ui.text(after ? "reframe.emotions.after" : "reframe.emotions.before", "field-label");
        ObjectProperty<Integer> belief = after ? model.beliefAfterProperty() : model.beliefBeforeProperty();
        Slider slider = beliefSlider(prefix + "belief", belief);
        Label beliefLabel = Ui.text(after ? "reframe.belief.after" : "reframe.belief.before", "field-label");
        beliefLabel.setLabelFor(slider);
        Label value = new Label();
        value.setMinWidth(90);
        value.textProperty().bind(Bindings.createStringBinding(() -> belief.get() == null
                ? Messages.get("reframe.belief.unrated") : Messages.get("reframe.belief.value", belief.get()), belief));
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox beliefRow = new HBox(10, slider, value);
        beliefRow.setAlignment(Pos.CENTER_LEFT);
        firstFields.put(after ? ReframeStep.AFTER : ReframeStep.BEFORE, slider);
        VBox box = new VBox(10, beliefLabel, beliefRow, emotionsLabel, picker);
        if (after) {
            Label start = new Label();
            start.getStyleClass().add("muted");
            start.textProperty().bind(Bindings.createStringBinding(() -> model.beliefBeforeProperty().get() == null
                    ? "" : Messages.get("reframe.belief.atStart", model.beliefBeforeProperty().get()), model.beliefBeforeProperty()));
            box.getChildren().add(2, start);
            box.getChildren().add(followUp());
        }
        return box;
    }

    private static Slider beliefSlider(String id, ObjectProperty<Integer> belief) {
        Slider slider = new Slider(0, 100, belief.get() == null ? 50 : belief.get());
        slider.setId(id);
        slider.setBlockIncrement(5);
        slider.setMajorTickUnit(25);
        slider.setShowTickMarks(true);
        slider.setAccessibleText(Messages.get("reframe.belief.accessible"));
        slider.valueProperty().addListener((obs, old, value) -> {
            int rounded = (int) Math.round(value.doubleValue());
            if (belief.get() == null || belief.get() != rounded) {
                belief.set(rounded);
            }
        });
        belief.addListener((obs, old, now) -> {
            if (now != null && Math.round(slider.getValue()) != now) {
                slider.setValue(now);
            } else if (now == null) {
                slider.setValue(50);
            }
        });
        return slider;
    }

    private Node followUp() {
        CheckBox ask = new CheckBox(Messages.get("reframe.followUp"));
        ask.setId("reframe-follow-up");
        ask.selectedProperty().bindBidirectional(model.followUpProperty());
        Spinner<Integer> days = new Spinner<>(1, 90, model.followUpDaysProperty().get());
        days.setId("reframe-follow-up-days");
        days.setEditable(true);
        days.setPrefWidth(90);
        days.setAccessibleText(Messages.get("reframe.followUp.days"));
        days.getValueFactory().valueProperty().bindBidirectional(model.followUpDaysProperty());
        days.disableProperty().bind(ask.selectedProperty().not());
        Label unit = Ui.text("reframe.followUp.days");
        HBox row = new HBox(8, ask, days, unit);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, Ui.text("reframe.followUp.hint", "muted"));
    }

    // ---- thinking traps ---------------------------------------------------------------------------------------

    private Node traps() {
        VBox suggestions = suggestionBox;
        suggestions.setId("reframe-suggestions");
        Label noneFound = Ui.text("reframe.suggestions.none", "muted");
        Runnable refreshSuggestions = () -> {
            suggestions.getChildren().setAll(model.suggestions().stream().map(this::suggestionRow).toList());
            noneFound.setVisible(model.suggestions().isEmpty());
            noneFound.setManaged(noneFound.isVisible());
        };
        model.suggestions().addListener((ListChangeListener<TrapPick>) change -> refreshSuggestions.run());
        refreshSuggestions.run();
        Label suggestedTitle = Ui.text("reframe.suggestions", "field-label");

        VBox catalogue = new VBox(10);
        List<CheckBox> boxes = new ArrayList<>();
        for (ThinkingTrap trap : content.thinkingTraps()) {
            CheckBox box = new CheckBox(trap.name());
            boxes.add(box);
            catalogue.getChildren().add(catalogueRow(trap, box));
        }
        model.traps().addListener((ListChangeListener<TrapPick>) change ->
                boxes.forEach(box -> box.setSelected(model.hasTrap((String) box.getUserData()))));
        Label catalogueTitle = Ui.text("reframe.traps.all", "field-label");

        FlowPane own = new FlowPane(6, 6);
        Runnable refreshOwn = () -> own.getChildren().setAll(model.traps().stream()
                .filter(pick -> pick.choice().custom()).map(this::ownTrapChip).toList());
        model.traps().addListener((ListChangeListener<TrapPick>) change -> refreshOwn.run());
        refreshOwn.run();
        TextField field = new TextField();
        field.setId("reframe-own-trap");
        field.setPromptText(Messages.get("reframe.traps.ownPrompt"));
        field.setAccessibleText(Messages.get("reframe.traps.ownPrompt"));
        field.setPrefColumnCount(26);
        Button add = new Button(Messages.get("checkin.add"));
        Runnable addOwn = () -> {
            if (model.addCustomTrap(field.getText())) {
                field.clear();
            }
        };
        add.setOnAction(event -> addOwn.run());
        field.setOnAction(event -> addOwn.run());

        Label chosen = new Label();
        chosen.setId("reframe-chosen-traps");
        chosen.setWrapText(true);
        chosen.getStyleClass().add("emphasis");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> model.traps().isEmpty()
                ? Messages.get("reframe.traps.noneChosen")
                : Messages.get("reframe.traps.chosen", model.traps().stream().map(TrapPick::label).collect(Collectors.joining(", "))),
                model.traps()));
        firstFields.put(ReframeStep.TRAPS, boxes.isEmpty() ? field : boxes.get(0));
        VBox suggestedBox = new VBox(8, suggestedTitle, suggestions, noneFound);
        suggestedBox.getStyleClass().add("inner-card");
        return new VBox(14, suggestedBox, chosen, catalogueTitle, catalogue, own, new HBox(8, field, add));
    }

    private Node suggestionRow(TrapPick suggestion) {
        String id = suggestion.choice().trap();
        Label name = Ui.plain(suggestion.label(), "emphasis");
        String words = suggestion.because().stream().map(word -> Messages.get("reframe.quoted", word))
                .collect(Collectors.joining(", "));
        Label because = Ui.plain(Messages.get("reframe.suggestion.because", words), "muted");
        because.setId("suggestion-because-" + id);
        Label description = Ui.plain(content.thinkingTrap(id).map(ThinkingTrap::description).orElse(""));
        Button yes = new Button(Messages.get("reframe.suggestion.yes"));
        yes.setId("suggestion-yes-" + id);
        yes.setAccessibleText(Messages.get("reframe.suggestion.yes.accessible", suggestion.label()));
        yes.setOnAction(event -> {
            model.acceptSuggestion(suggestion);
            focusStep();
        });
        Button no = new Button(Messages.get("reframe.suggestion.no"));
        no.setId("suggestion-no-" + id);
        no.getStyleClass().add("flat");
        no.setAccessibleText(Messages.get("reframe.suggestion.no.accessible", suggestion.label()));
        no.setOnAction(event -> {
            model.declineSuggestion(suggestion);
            focusStep();
        });
        VBox box = new VBox(4, name, because, description, new HBox(8, yes, no));
        box.getStyleClass().add("suggestion");
        return box;
    }

    private Node catalogueRow(ThinkingTrap trap, CheckBox box) {
        box.setId("trap-" + trap.id());
        box.setUserData(trap.id());
        box.setSelected(model.hasTrap(trap.id()));
        box.setOnAction(event -> {
            if (box.isSelected() != model.hasTrap(trap.id())) {
                model.toggleTrap(trap.id());
            }
        });
        Label description = Ui.plain(trap.description(), "muted");
        VBox more = new VBox(6,
                Ui.plain(trap.explanation()),
                Ui.plain(Messages.get("reframe.trap.question", trap.question()), "emphasis"),
                Ui.plain(Messages.get("reframe.trap.example", trap.example().thought(), trap.example().answer()), "muted"));
        more.getStyleClass().add("inner-card");
        more.setVisible(false);
        more.managedProperty().bind(more.visibleProperty());
        Hyperlink toggle = new Hyperlink(Messages.get("reframe.trap.more"));
        toggle.setAccessibleText(Messages.get("reframe.trap.more.accessible", trap.name()));
        toggle.setOnAction(event -> {
            more.setVisible(!more.isVisible());
            toggle.setText(Messages.get(more.isVisible() ? "reframe.trap.less" : "reframe.trap.more"));
        });
        HBox line = new HBox(6, description, toggle);
        line.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(2, box, line, more);
    }

    private Node ownTrapChip(TrapPick pick) {
        Button chip = new Button(pick.label() + "  ✕");
        chip.getStyleClass().addAll("chip", "own");
        chip.setAccessibleText(Messages.get("checkin.remove.accessible", pick.label()));
        chip.setOnAction(event -> model.removeTrap(pick));
        return chip;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private ReframeGuideStep guide(ReframeStep step) {
        return content.reframeGuide().step(step);
    }

    /** Keeps the record a moment after typing pauses, so a crash costs at most that moment. */
    private void keepWhenTypingPauses() {
        PauseTransition pause = new PauseTransition(KEEP_PAUSE);
        pause.setOnFinished(event -> model.keep());
        model.editsProperty().addListener((obs, old, count) -> pause.playFromStart());
    }

    private static String shorten(String text, int length) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() > length ? flat.substring(0, length) + "…" : flat;
    }
}
