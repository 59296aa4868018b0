package app.groundwork.ui.checkin;

import app.groundwork.Messages;
import app.groundwork.content.BodySignal;
import app.groundwork.content.LifeArea;
import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckInDraft;
import app.groundwork.ui.common.EmotionChoice;
import app.groundwork.ui.common.EmotionPicker;
import app.groundwork.ui.common.ScrollIntoView;
import app.groundwork.ui.common.Ui;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The check-in form. Everything it shows and does comes from {@link CheckInViewModel}. */
public final class CheckInView extends ScrollPane {
    private static final Duration DRAFT_PAUSE = Duration.millis(500);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.getDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.getDefault());

    private final CheckInViewModel model;
    private final Map<String, Node> sections = new HashMap<>();

    public CheckInView(CheckInViewModel model) {
        this.model = model;
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        ScrollIntoView.install(this);
        VBox page = new VBox(18);
        page.getStyleClass().add("screen");
        page.getChildren().addAll(header(), draftOffer(), reply(),
                remember("mood", moodSection()),
                remember("selfTrust", selfTrustSection()),
                energyAndSleep(),
                remember("emotions", emotionsSection()),
                remember("bodySignals", bodySignalsSection()),
                remember("lifeAreas", lifeAreasSection()),
                remember("note", noteSection()),
                remember("tags", tagsSection()),
                footer());
        setContent(page);
        keepDraftWhenTypingPauses();
        markProblemSections();
    }

    private Node remember(String field, Node section) {
        sections.put(field, section);
        return section;
    }

    private Node header() {
        Label title = Ui.heading("checkin.title");
        Label editing = new Label();
        editing.getStyleClass().add("muted");
        editing.textProperty().bind(Bindings.createStringBinding(() -> model.editingIdProperty().get() == null
                ? Messages.get("checkin.subtitle")
                : Messages.get("checkin.editing"), model.editingIdProperty()));
        editing.setWrapText(true);

        DatePicker day = new DatePicker();
        day.setId("checkin-date");
        day.setAccessibleText(Messages.get("checkin.date.accessible"));
        day.valueProperty().bindBidirectional(model.dateProperty());
        day.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isAfter(LocalDate.now()));
            }
        });
        day.setEditable(false);
        Label dayLabel = Ui.text("checkin.date", "field-label");
        dayLabel.setLabelFor(day);

        Button fresh = new Button(Messages.get("checkin.startFresh"));
        fresh.getStyleClass().add("flat");
        fresh.visibleProperty().bind(model.editingBinding());
        fresh.managedProperty().bind(fresh.visibleProperty());
        fresh.setOnAction(event -> model.startNew());

        HBox dayRow = new HBox(10, dayLabel, day, fresh);
        dayRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, editing, dayRow);
    }

    private Node draftOffer() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            CheckInDraft draft = model.offeredDraftProperty().get();
            if (draft == null) {
                return "";
            }
            ZonedDateTime saved = draft.savedAt().atZone(ZoneId.systemDefault());
            return saved.toLocalDate().equals(LocalDate.now())
                    ? Messages.get("checkin.draft.offerToday", TIME.format(saved))
                    : Messages.get("checkin.draft.offer", DAY.format(saved));
        }, model.offeredDraftProperty()));
        Button keep = new Button(Messages.get("checkin.draft.continue"));
        keep.setId("draft-continue");
        keep.getStyleClass().add("accent");
        keep.setOnAction(event -> model.continueDraft());
        Button letGo = new Button(Messages.get("checkin.draft.letGo"));
        letGo.setOnAction(event -> model.letDraftGo());
        HBox buttons = new HBox(8, keep, letGo);
        VBox banner = new VBox(8, text, buttons);
        banner.getStyleClass().add("banner");
        banner.visibleProperty().bind(model.offeredDraftProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node reply() {
        Label saved = Ui.text("checkin.saved", "reply-heading");
        Label text = new Label();
        text.setId("checkin-reply");
        text.setWrapText(true);
        text.getStyleClass().add("reply-text");
        Label because = new Label();
        because.getStyleClass().add("muted");
        Label cardTitle = new Label();
        cardTitle.getStyleClass().add("card-title");
        Label cardBody = new Label();
        cardBody.setWrapText(true);
        Button readCard = new Button();
        readCard.getStyleClass().add("flat");
        VBox card = new VBox(6, cardTitle, cardBody);
        card.getStyleClass().add("inner-card");
        card.setVisible(false);
        card.managedProperty().bind(card.visibleProperty());
        readCard.setOnAction(event -> card.setVisible(!card.isVisible()));
        Button close = new Button(Messages.get("checkin.reply.close"));
        close.setOnAction(event -> model.dismissReply());
        HBox actions = new HBox(8, readCard, close);

        VBox box = new VBox(8, saved, text, because, actions, card);
        box.getStyleClass().add("reply");
        box.visibleProperty().bind(model.replyProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        model.replyProperty().addListener((obs, old, choice) -> {
            if (choice == null) {
                return;
            }
            text.setText(choice.response().text());
            because.setText(choice.matchedOn().isBlank() ? "" : Messages.get("checkin.reply.because", choice.matchedOn()));
            because.setVisible(!choice.matchedOn().isBlank());
            because.setManaged(because.isVisible());
            card.setVisible(false);
            readCard.setVisible(choice.card().isPresent());
            readCard.setManaged(readCard.isVisible());
            choice.card().ifPresent(found -> {
                readCard.setText(Messages.get("checkin.reply.readCard", found.title()));
                cardTitle.setText(found.title());
                cardBody.setText(found.body());
            });
            setVvalue(0);
        });
        return box;
    }

    private Node moodSection() {
        FlowPane scale = Ui.scale(1, 10, model.moodProperty(), n -> Messages.get("checkin.mood.accessible", n));
        scale.setId("mood-scale");
        return Ui.section("checkin.mood", "checkin.mood.hint", scale);
    }

    private Node selfTrustSection() {
        FlowPane scale = Ui.scale(0, 10, model.selfTrustProperty(), n -> Messages.get("checkin.selfTrust.accessible", n));
        scale.setId("self-trust-scale");
        return Ui.section("checkin.selfTrust", "checkin.selfTrust.hint", scale);
    }

    private Node energyAndSleep() {
        FlowPane energy = Ui.scale(1, 5, model.energyProperty(), n -> Messages.get("checkin.energy.accessible", n));
        VBox energySection = Ui.section("checkin.energy", "checkin.energy.hint", energy);
        sections.put("energy", energySection);

        ComboBox<Double> sleep = new ComboBox<>();
        sleep.setId("sleep-hours");
        sleep.getItems().add(null);
        for (int halfHours = 0; halfHours <= 48; halfHours++) {
            sleep.getItems().add(halfHours / 2.0);
        }
        sleep.setButtonCell(new SleepCell());
        sleep.setCellFactory(list -> new SleepCell());
        sleep.setVisibleRowCount(10);
        sleep.valueProperty().bindBidirectional(model.sleepHoursProperty());
        sleep.setAccessibleText(Messages.get("checkin.sleep"));
        VBox sleepSection = Ui.section("checkin.sleep", "checkin.sleep.hint", sleep);
        sections.put("sleepHours", sleepSection);

        HBox row = new HBox(32, energySection, sleepSection);
        HBox.setHgrow(energySection, Priority.SOMETIMES);
        return row;
    }

    private static final class SleepCell extends ListCell<Double> {
        @Override
        protected void updateItem(Double hours, boolean empty) {
            super.updateItem(hours, empty);
            setText(empty ? null : hours == null ? Messages.get("checkin.sleep.none") : Messages.get("checkin.sleep.hours", hours));
        }
    }

    private Node emotionsSection() {
        EmotionPicker picker = new EmotionPicker("", model.knownEmotions(), new EmotionPicker.Choices() {
            @Override
            public ObservableList<EmotionChoice> chosen() {
                return model.emotions();
            }

            @Override
            public boolean has(String id) {
                return model.hasEmotion(id);
            }

            @Override
            public void toggle(String id) {
                model.toggleEmotion(id);
            }

            @Override
            public boolean addOwn(String word) {
                return model.addCustomEmotion(word);
            }

            @Override
            public void remove(EmotionChoice choice) {
                model.removeEmotion(choice);
            }
        });
        return Ui.section("checkin.emotions", "checkin.emotions.hint", picker);
    }

    private Node bodySignalsSection() {
        FlowPane chips = new FlowPane(6, 6);
        for (BodySignal signal : model.knownBodySignals()) {
            ToggleButton chip = Ui.chip(signal.label(), Messages.get("checkin.bodySignal.accessible", signal.label()));
            chip.setId("signal-" + signal.id());
            chip.setOnAction(event -> model.toggleBodySignal(signal.id()));
            chips.getChildren().add(chip);
        }
        FlowPane own = new FlowPane(6, 6);
        Runnable refresh = () -> {
            chips.getChildren().forEach(node -> ((ToggleButton) node).setSelected(
                    model.bodySignals().contains(BodySignalMark.known(node.getId().substring("signal-".length())))));
            own.getChildren().setAll(model.bodySignals().stream().filter(BodySignalMark::custom).map(this::ownSignalChip).toList());
        };
        model.bodySignals().addListener((ListChangeListener<BodySignalMark>) change -> refresh.run());
        refresh.run();
        TextField field = new TextField();
        field.setPromptText(Messages.get("checkin.bodySignal.ownPrompt"));
        field.setPrefColumnCount(26);
        field.setAccessibleText(Messages.get("checkin.bodySignal.ownPrompt"));
        Button add = new Button(Messages.get("checkin.add"));
        Runnable addOwn = () -> {
            if (model.addCustomBodySignal(field.getText())) {
                field.clear();
            }
        };
        add.setOnAction(event -> addOwn.run());
        field.setOnAction(event -> addOwn.run());
        return Ui.section("checkin.bodySignals", "checkin.bodySignals.hint", chips, own, new HBox(8, field, add));
    }

    private Node ownSignalChip(BodySignalMark mark) {
        Button chip = new Button(mark.name() + "  ✕");
        chip.getStyleClass().addAll("chip", "own");
        chip.setAccessibleText(Messages.get("checkin.remove.accessible", mark.name()));
        chip.setOnAction(event -> model.removeBodySignal(mark));
        return chip;
    }

    private Node lifeAreasSection() {
        FlowPane chips = new FlowPane(6, 6);
        for (LifeArea area : model.knownLifeAreas()) {
            ToggleButton chip = Ui.chip(area.label(), Messages.get("checkin.lifeArea.accessible", area.label()));
            chip.setId("area-" + area.id());
            chip.setOnAction(event -> model.toggleLifeArea(area.id()));
            chips.getChildren().add(chip);
        }
        model.lifeAreas().addListener((SetChangeListener<String>) change -> chips.getChildren().forEach(node ->
                ((ToggleButton) node).setSelected(model.lifeAreas().contains(node.getId().substring("area-".length())))));
        return Ui.section("checkin.lifeAreas", "checkin.lifeAreas.hint", chips);
    }

    private Node noteSection() {
        TextArea note = new TextArea();
        note.setId("checkin-note");
        note.setWrapText(true);
        note.setPrefRowCount(6);
        note.setPromptText(model.notePrompt());
        note.setAccessibleText(Messages.get("checkin.note.accessible"));
        note.textProperty().bindBidirectional(model.noteProperty());
        return Ui.section("checkin.note", null, note);
    }

    private Node tagsSection() {
        TextField tags = new TextField();
        tags.setId("checkin-tags");
        tags.setPromptText(Messages.get("checkin.tags.prompt"));
        tags.setAccessibleText(Messages.get("checkin.tags"));
        tags.textProperty().bindBidirectional(model.tagsTextProperty());
        return Ui.section("checkin.tags", "checkin.tags.hint", tags);
    }

    private Node footer() {
        Label problem = new Label();
        problem.setId("checkin-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button save = new Button();
        save.setId("checkin-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.textProperty().bind(Bindings.when(model.editingBinding())
                .then(Messages.get("checkin.saveChanges")).otherwise(Messages.get("checkin.save")));
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        Label hint = new Label();
        hint.getStyleClass().add("muted");
        hint.textProperty().bind(Bindings.when(model.moodProperty().isNull())
                .then(Messages.get("checkin.save.needsMood")).otherwise(model.draftStatusProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(12, save, hint, spacer);
        row.setAlignment(Pos.CENTER_LEFT);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
                    // the view stays registered while another screen is shown; only save while it is on screen
                    if (getScene() != null && !save.isDisabled()) {
                        save.fire();
                    }
                });
            }
        });
        return new VBox(10, problem, row);
    }

    /** Keeps the draft half a second after typing pauses, so a crash costs at most that half second. */
    private void keepDraftWhenTypingPauses() {
        PauseTransition pause = new PauseTransition(DRAFT_PAUSE);
        pause.setOnFinished(event -> model.keepDraft());
        model.editsProperty().addListener((obs, old, count) -> pause.playFromStart());
    }

    /** Outlines the sections a refused save named, so the person sees where to look. */
    private void markProblemSections() {
        model.problemFields().addListener((ListChangeListener<String>) change -> {
            Predicate<String> named = model.problemFields()::contains;
            sections.forEach((field, section) -> {
                section.getStyleClass().remove("has-problem");
                if (named.test(field)) {
                    section.getStyleClass().add("has-problem");
                }
            });
        });
    }
}
