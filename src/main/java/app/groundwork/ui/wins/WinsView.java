package app.groundwork.ui.wins;

import app.groundwork.Messages;
import app.groundwork.ui.common.ScrollIntoView;
import app.groundwork.ui.common.Ui;
import app.groundwork.ui.wins.WinsViewModel.MonthGroup;
import app.groundwork.ui.wins.WinsViewModel.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Wins screen, top to bottom: a few words on what it is for, this week's, this month's and all the wins as big
 * numbers, how experiments compared with their fears, the card to add a win by hand, and the ledger month by month.
 */
public final class WinsView extends ScrollPane {
    private final WinsViewModel model;
    private final TextField title = new TextField();
    private final DatePicker date = new DatePicker();
    private final VBox list = new VBox(26);

    public WinsView(WinsViewModel model) {
        this.model = model;
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        ScrollIntoView.install(this);

        Label intro = Ui.text("wins.intro", "muted", "screen-intro");
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Label relief = Ui.line(model.reliefLineProperty(), "wins-relief");
        relief.setId("wins-relief");
        Label statusLine = Ui.line(model.statusProperty(), "wins-status");
        statusLine.setId("wins-status");
        Button undo = new Button(Messages.get("wins.undo"));
        undo.setId("wins-undo");
        undo.getStyleClass().add("flat");
        undo.setOnAction(event -> model.undoRemove());
        Ui.showWhen(undo, model.lastRemovedProperty().isNotNull());
        HBox status = new HBox(8, statusLine, undo);
        status.setAlignment(Pos.CENTER_LEFT);

        VBox page = new VBox(24, new VBox(6, Ui.heading("wins.title"), intro), stats(), relief, addCard(), status,
                ledger());
        page.getStyleClass().addAll("screen", "wins-screen");
        setContent(page);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(title::requestFocus);
            }
        });
    }

    // ---- the three numbers ------------------------------------------------------------------------------------

    private Node stats() {
        HBox tiles = new HBox(14,
                tile("wins-this-week", model.thisWeekProperty(), "wins.stat.week", "wins-tile-week"),
                tile("wins-this-month", model.thisMonthProperty(), "wins.stat.month", "wins-tile-month"),
                tile("wins-all-time", model.allTimeProperty(), "wins.stat.allTime", "wins-tile-all"));
        tiles.setId("wins-stats");
        // before the first win the empty ledger says what will gather here; a row of zeros would say nothing kind
        Ui.showWhen(tiles, model.allTimeProperty().greaterThan(0));
        return tiles;
    }

    private static Node tile(String id, ReadOnlyIntegerProperty count, String captionKey, String style) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("wins-count");
        number.textProperty().bind(count.asString());
        Label caption = Ui.text(captionKey, "wins-count-label");
        VBox tile = new VBox(2, number, caption);
        tile.getStyleClass().addAll("wins-tile", style);
        // equal thirds, whatever the captions' lengths
        tile.setPrefWidth(0);
        tile.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tile, Priority.ALWAYS);
        String captionText = caption.getText();
        tile.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("wins.stat.accessible", count.get(), captionText), count));
        return tile;
    }

    // ---- adding a win by hand -----------------------------------------------------------------------------------

    private Node addCard() {
        title.setId("wins-title");
        title.setPromptText(Messages.get("wins.form.what.prompt"));
        title.textProperty().bindBidirectional(model.titleProperty());
        title.setAccessibleText(Messages.get("wins.form.what"));

        date.setId("wins-date");
        date.setAccessibleText(Messages.get("wins.form.date.accessible"));
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isAfter(model.today()));
            }
        });
        date.setPrefWidth(200);

        TextArea note = new TextArea();
        note.setId("wins-note");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.setPromptText(Messages.get("wins.form.note.prompt"));
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setAccessibleText(Messages.get("wins.form.note"));

        Label problem = Ui.line(model.problemProperty(), "problem");
        problem.setId("wins-problem");

        Button add = new Button(Messages.get("wins.form.add"));
        add.setId("wins-add");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(event -> add());
        Label shortcut = Ui.text("wins.form.shortcut", "muted", "small");
        HBox actions = new HBox(14, add, shortcut);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox whatField = Ui.field("wins.form.what", title);
        HBox.setHgrow(whatField, Priority.ALWAYS);
        HBox firstLine = new HBox(14, whatField, Ui.field("wins.form.date", date));
        firstLine.setAlignment(Pos.BOTTOM_LEFT);

        VBox card = new VBox(12, Ui.text("wins.form.title", "card-title"), Ui.text("wins.form.hint", "muted"),
                firstLine, Ui.field("wins.form.note", note), problem, actions);
        card.setId("wins-form");
        card.getStyleClass().addAll("card", "wins-form");
        card.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                add();
            }
        });
        return card;
    }

    private void add() {
        Ui.commitTypedDate(date);
        model.addWin().thenRun(() -> {
            if (model.problemProperty().get().isEmpty()) {
                title.requestFocus();
            }
        });
    }


    // ---- the ledger -------------------------------------------------------------------------------------------

    private Node ledger() {
        list.setId("wins-list");
        Label problem = Ui.line(model.listProblemProperty(), "problem");
        problem.setId("wins-list-problem");
        Label empty = Ui.text("wins.ledger.empty", "wins-empty");
        empty.setId("wins-empty");
        empty.setMaxWidth(Double.MAX_VALUE);
        Ui.showWhen(empty, model.loadedProperty().and(Bindings.isEmpty(model.months())));
        Label heading = Ui.text("wins.ledger.title", "section-title");
        Ui.showWhen(heading, Bindings.isNotEmpty(model.months()));

        model.months().addListener((ListChangeListener<MonthGroup>) change -> fill());
        fill();
        return new VBox(14, heading, problem, empty, list);
    }

    private void fill() {
        List<Node> groups = new ArrayList<>();
        for (MonthGroup group : model.months()) {
            groups.add(month(group));
        }
        list.getChildren().setAll(groups);
    }

    private Node month(MonthGroup group) {
        Label name = Ui.plain(group.label(), "wins-month");
        Label count = Ui.plain(Messages.get("wins.month.count", group.rows().size()), "muted", "small");
        HBox header = new HBox(10, name, count);
        header.setAlignment(Pos.BASELINE_LEFT);
        header.getStyleClass().add("wins-month-header");
        VBox rows = new VBox(8);
        for (Row row : group.rows()) {
            rows.getChildren().add(row(row));
        }
        VBox box = new VBox(10, header, rows);
        box.setId("wins-month-" + group.month());
        return box;
    }

    private Node row(Row row) {
        String id = "win-" + row.win().kind().id() + "-" + row.win().sourceId();
        Label kind = Ui.plain(row.kind(), "wins-kind", "wins-kind-" + row.win().kind().id());
        kind.setMinWidth(Region.USE_PREF_SIZE);
        kind.setWrapText(false);
        // the markers sit in a column of their own, so the titles line up whatever the kind
        HBox kindSlot = new HBox(kind);
        kindSlot.getStyleClass().add("wins-kind-slot");

        Label name = Ui.plain(row.title(), "wins-row-title");
        String when = row.meta().isEmpty() ? row.date() : row.date() + " · " + row.meta();
        Label meta = Ui.plain(when, "muted", "small");
        VBox text = new VBox(3, name, meta);
        if (!row.note().isEmpty()) {
            text.getChildren().add(Ui.plain(row.note(), "wins-note"));
        }
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);

        HBox line = new HBox(14, kindSlot, text);
        line.setAlignment(Pos.TOP_LEFT);
        if (row.removable()) {
            Button remove = new Button(Messages.get("wins.remove"));
            remove.setId("win-" + row.win().sourceId() + "-remove");
            remove.getStyleClass().addAll("flat", "small");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setAccessibleText(Messages.get("wins.remove.accessible", row.title()));
            remove.setOnAction(event -> model.delete(row));
            line.getChildren().add(remove);
        }
        line.setId(id);
        line.getStyleClass().add("wins-row");
        return line;
    }

    // ---- small builders ---------------------------------------------------------------------------------------



}
