package app.groundwork.ui.journal;

import app.groundwork.Messages;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.JournalEntry;
import app.groundwork.ui.common.EntryCell;
import app.groundwork.ui.common.Ui;
import app.groundwork.ui.journal.JournalViewModel.Choice;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The Journal screen: calendar and filters on the left, search and the entries on the right. */
public final class JournalView extends HBox {
    /** Kinds of entry that open in their own screen: a check-in in its form, a thought record where it was left. */
    private static final Set<EntryType> OPENABLE = Set.of(EntryType.CHECKIN, EntryType.REFRAME);

    private static final Duration TYPING_PAUSE = Duration.millis(150);

    private final JournalViewModel model;
    private final ListView<JournalEntry> list;

    public JournalView(JournalViewModel model, Consumer<JournalEntry> openEntry) {
        this.model = model;
        getStyleClass().addAll("screen", "journal-screen");
        setSpacing(24);
        list = new ListView<>(model.entries());
        list.setId("journal-list");
        list.setCellFactory(view -> new EntryCell(true));
        list.setAccessibleText(Messages.get("journal.list.accessible"));
        list.setPlaceholder(placeholder());
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox side = new VBox(16, new MonthCalendar(model.monthProperty(), model.days(),
                Bindings.createObjectBinding(() -> model.fromProperty().get() != null
                        && model.fromProperty().get().equals(model.toProperty().get()) ? model.fromProperty().get() : null,
                        model.fromProperty(), model.toProperty()),
                model::showDay), filters());
        side.getStyleClass().add("journal-side");
        side.setMinWidth(280);
        side.setPrefWidth(300);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.getStyleClass().add("screen-scroll");
        sideScroll.setMinWidth(300);

        VBox main = new VBox(12, Ui.heading("journal.title"), searchField(), statusRow(), list, actions(openEntry), undoBar());
        HBox.setHgrow(main, Priority.ALWAYS);
        getChildren().addAll(sideScroll, main);
    }

    private Node placeholder() {
        Label label = new Label();
        label.getStyleClass().add("muted");
        label.setWrapText(true);
        label.textProperty().bind(model.statusProperty());
        return label;
    }

    private Node searchField() {
        TextField search = new TextField();
        search.setId("journal-search");
        search.setPromptText(Messages.get("journal.search.prompt"));
        search.setAccessibleText(Messages.get("journal.search.accessible"));
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(event -> model.searchTextProperty().set(search.getText()));
        search.textProperty().addListener((obs, old, text) -> pause.playFromStart());
        model.searchTextProperty().addListener((obs, old, text) -> {
            if (!text.equals(search.getText())) {
                search.setText(text);
            }
        });
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        return search;
    }

    private Node statusRow() {
        Label status = new Label();
        status.setId("journal-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Button clear = new Button(Messages.get("journal.filters.clear"));
        clear.setId("journal-clear-filters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(event -> model.clearFilters());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.visibleProperty().bind(model.filteredProperty());
        clear.managedProperty().bind(clear.visibleProperty());
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        problem.setWrapText(true);
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox row = new HBox(12, status, clear, problem);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node filters() {
        ComboBox<Choice> emotion = choiceBox("journal-filter-emotion", "journal.filter.emotion", model.emotionChoices());
        emotion.valueProperty().bindBidirectional(model.emotionProperty());
        ComboBox<Choice> tag = choiceBox("journal-filter-tag", "journal.filter.tag", model.tagChoices());
        tag.valueProperty().bindBidirectional(model.tagProperty());
        ComboBox<Choice> area = choiceBox("journal-filter-area", "journal.filter.area", model.lifeAreaChoices());
        area.valueProperty().bindBidirectional(model.lifeAreaProperty());
        DatePicker from = datePicker("journal.filter.from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("journal.filter.to");
        to.valueProperty().bindBidirectional(model.toProperty());
        return Ui.section("journal.filters", null,
                labelled("journal.filter.emotion", emotion),
                labelled("journal.filter.tag", tag),
                labelled("journal.filter.area", area),
                labelled("journal.filter.from", from),
                labelled("journal.filter.to", to));
    }

    private static ComboBox<Choice> choiceBox(String id, String labelKey, ObservableList<Choice> choices) {
        ComboBox<Choice> box = new ComboBox<>(choices);
        box.setId(id);
        box.setPromptText(Messages.get("journal.filter.any"));
        box.setAccessibleText(Messages.get(labelKey));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        return box;
    }

    private static DatePicker datePicker(String labelKey) {
        DatePicker picker = new DatePicker();
        picker.setAccessibleText(Messages.get(labelKey));
        picker.setPromptText(Messages.get("journal.filter.anyDay"));
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    private static Node labelled(String key, javafx.scene.control.Control control) {
        Label label = Ui.text(key, "field-label");
        label.setLabelFor(control);
        return new VBox(4, label, control);
    }

    private Node actions(Consumer<JournalEntry> openEntry) {
        Button edit = new Button(Messages.get("journal.edit"));
        edit.setId("journal-edit");
        Button delete = new Button(Messages.get("journal.delete"));
        delete.setId("journal-delete");
        var selected = list.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !OPENABLE.contains(selected.get().type()), selected));
        delete.disableProperty().bind(selected.isNull());
        edit.setOnAction(event -> openEntry.accept(selected.get()));
        delete.setOnAction(event -> model.delete(selected.get()));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && selected.get() != null) {
                model.delete(selected.get());
            } else if (event.getCode() == KeyCode.ENTER && !edit.isDisabled()) {
                edit.fire();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && !edit.isDisabled()) {
                edit.fire();
            }
        });
        HBox row = new HBox(8, edit, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node undoBar() {
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> model.deletedProperty().get() == null ? ""
                : Messages.get("journal.deleted", model.deletedProperty().get().date().toString()), model.deletedProperty()));
        Button undo = new Button(Messages.get("journal.undo"));
        undo.setId("journal-undo");
        undo.getStyleClass().add("accent");
        undo.setOnAction(event -> model.undoDelete());
        Button dismiss = new Button(Messages.get("journal.undo.dismiss"));
        dismiss.getStyleClass().add("flat");
        dismiss.setOnAction(event -> model.forgetDeleted());
        HBox bar = new HBox(12, text, undo, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("banner");
        bar.visibleProperty().bind(model.deletedProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
