package app.groundwork.ui.cards;

import app.groundwork.Messages;
import app.groundwork.ui.cards.CardsViewModel.Row;
import app.groundwork.ui.common.Ui;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The card library: a search across the top; below it the cards and questions on the left and, on the right, the
 * one chosen, whole and at a comfortable line length. From the search, Down moves into the list; Enter there moves on
 * to the text, so the whole library reads from the keyboard.
 */
public final class CardsView extends VBox {
    private final CardsViewModel model;
    private final TextField search = new TextField();
    private final ListView<Row> list;
    private final VBox reading = new VBox(14);
    private final ScrollPane readingScroll = new ScrollPane(reading);

    public CardsView(CardsViewModel model) {
        this.model = model;
        getStyleClass().addAll("screen", "cards-screen");
        setSpacing(18);
        list = new ListView<>(model.rows());

        Label intro = Ui.text("cards.intro", "muted", "screen-intro");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Label nothing = Ui.line(model.nothingMatchesProperty(), "cards-nothing");
        nothing.setId("cards-nothing");

        HBox library = new HBox(20, listPane(), readingPane());
        VBox.setVgrow(library, Priority.ALWAYS);
        getChildren().addAll(new VBox(6, Ui.heading("cards.title"), intro), searchField(), nothing, library);

        model.selectedProperty().addListener((obs, old, row) -> showSelected(row));
        showSelected(model.selectedProperty().get());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(search::requestFocus);
            }
        });
    }

    // ---- the search -----------------------------------------------------------------------------------------------

    private Node searchField() {
        search.setId("cards-search");
        search.getStyleClass().add("cards-search");
        search.setPromptText(Messages.get("cards.search.prompt"));
        search.setAccessibleText(Messages.get("cards.search.accessible"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
                readingScroll.requestFocus();
                event.consume();
            }
        });
        Label hint = Ui.text("cards.shortcut", "muted", "small");
        return new VBox(6, search, hint);
    }

    // ---- the list ---------------------------------------------------------------------------------------------------

    private Node listPane() {
        list.setId("cards-list");
        list.getStyleClass().add("cards-list");
        list.setAccessibleText(Messages.get("cards.list.accessible"));
        list.setCellFactory(view -> new RowCell());
        list.setPlaceholder(new Label());
        list.setMinWidth(320);
        list.setPrefWidth(380);
        list.setMaxWidth(420);
        // a row chosen in the list is read at once, so the arrow keys browse; an emptied selection (the list being
        // narrowed) is not a choice to stop reading
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && row != model.selectedProperty().get()) {
                model.select(row);
            }
        });
        // narrowing the list can drop its selection; the row still being read is chosen again
        model.rows().addListener((ListChangeListener<Row>) change -> syncList(model.selectedProperty().get()));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                Row focused = list.getFocusModel().getFocusedItem();
                if (focused != null) {
                    list.getSelectionModel().select(focused);
                    model.select(focused);
                    readingScroll.requestFocus();
                }
                event.consume();
            }
        });
        return list;
    }

    /** One row of the list: its kind, its title and one line about it. */
    private static final class RowCell extends ListCell<Row> {
        /** The cell's padding and room for the scroll bar, in pixels. */
        private static final double CELL_INSET = 44;

        RowCell() {
            getStyleClass().add("cards-cell");
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label kind = new Label(row.kind().label());
            kind.getStyleClass().addAll("cards-kind", "cards-kind-" + row.kind().id());
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(row.title());
            title.getStyleClass().add("cards-cell-title");
            title.setWrapText(true);
            Label summary = new Label(row.summary());
            summary.getStyleClass().add("cards-cell-summary");
            summary.setWrapText(true);
            VBox box = new VBox(4, kind, title, summary);
            // the labels wrap to the cell's width instead of widening it, so every line of them shows
            // (the list's width, not the cell's: a new cell is 0 wide, which would make its first height far too tall)
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(CELL_INSET));
            title.prefWidthProperty().bind(box.prefWidthProperty());
            summary.prefWidthProperty().bind(box.prefWidthProperty());
            title.setMinHeight(Region.USE_PREF_SIZE);
            summary.setMinHeight(Region.USE_PREF_SIZE);
            setGraphic(box);
            setText(null);
            setAccessibleText(Messages.get("cards.row.accessible", row.kind().label(), row.title(), row.summary()));
        }
    }

    // ---- the reading pane -------------------------------------------------------------------------------------------

    private Node readingPane() {
        reading.setId("cards-reading");
        reading.getStyleClass().add("cards-reading");
        // groundwork.css keeps it to about seventy characters a line, in em so it follows the text size
        reading.setFillWidth(true);
        readingScroll.setId("cards-reading-scroll");
        readingScroll.getStyleClass().addAll("screen-scroll", "cards-reading-scroll");
        readingScroll.setFitToWidth(true);
        readingScroll.setFocusTraversable(true);
        readingScroll.setPrefWidth(0);
        HBox.setHgrow(readingScroll, Priority.ALWAYS);
        return readingScroll;
    }

    private void showSelected(Row row) {
        if (row == null) {
            Label empty = Ui.text("cards.reading.empty", "cards-reading-empty");
            empty.setId("cards-reading-empty");
            reading.getChildren().setAll(empty);
            reading.setAccessibleText(null);
            syncList(null);
            return;
        }
        syncList(row);
        Label kind = Ui.plain(row.kind().label(), "kicker");
        Label title = Ui.plain(row.title(), "cards-reading-title");
        title.setId("cards-reading-title");
        VBox text = new VBox(12);
        for (String paragraph : row.paragraphs()) {
            text.getChildren().add(Ui.plain(paragraph, "cards-paragraph"));
        }
        reading.getChildren().setAll(new VBox(4, kind, title), text);
        reading.setAccessibleText(Messages.get("cards.reading.accessible", row.kind().label(), row.title()));
        readingScroll.setVvalue(0);
    }

    /** Puts the list's selection on the row being read, in view, without reading it again. */
    private void syncList(Row row) {
        if (row == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        if (list.getSelectionModel().getSelectedItem() != row) {
            list.getSelectionModel().select(row);
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                list.scrollTo(index);
                list.getFocusModel().focus(index);
            }
        }
    }
}
