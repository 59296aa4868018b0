package app.groundwork.ui.data;

import app.groundwork.Messages;
import app.groundwork.domain.BackupInfo;
import app.groundwork.ui.common.Ui;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The copies of the journal, for Settings → Data: the folder they are kept in (as text to select, never a link that
 * opens anything), "Make a copy now", the list with a "Restore this copy…" on each row, and the calm question asked
 * before a restore. The list is read again each time the view is put on screen.
 */
public final class BackupsView extends VBox {
    private final BackupsViewModel model;
    private final GridPane table = new GridPane();

    public BackupsView(BackupsViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().addAll("section", "backups");
        setId("backups");

        TextField folder = new TextField(model.folder());
        folder.setId("backups-folder");
        folder.setEditable(false);
        folder.setAccessibleText(Messages.get("backups.folder"));

        Button makeCopy = new Button(Messages.get("backups.makeCopy"));
        makeCopy.setId("backups-make-copy");
        makeCopy.disableProperty().bind(model.busyProperty());
        makeCopy.setOnAction(event -> model.makeCopy());

        Label status = new Label();
        status.setId("backups-status");
        status.setWrapText(true);
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.statusProperty());
        shownWhenNotEmpty(status);

        Label problem = new Label();
        problem.setId("backups-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.textProperty().bind(model.problemProperty());
        shownWhenNotEmpty(problem);

        Label empty = Ui.text("backups.empty", "muted");
        empty.setId("backups-empty");
        empty.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.copies())));
        empty.managedProperty().bind(empty.visibleProperty());

        table.setId("backups-list");
        table.getStyleClass().add("backups-table");
        table.setHgap(18);
        table.setVgap(6);
        ColumnConstraints when = new ColumnConstraints();
        when.setHgrow(Priority.SOMETIMES);
        ColumnConstraints size = new ColumnConstraints();
        size.setHalignment(HPos.RIGHT);
        ColumnConstraints entries = new ColumnConstraints();
        entries.setHalignment(HPos.RIGHT);
        table.getColumnConstraints().addAll(when, size, entries, new ColumnConstraints(), new ColumnConstraints());
        table.visibleProperty().bind(Bindings.isNotEmpty(model.copies()));
        table.managedProperty().bind(table.visibleProperty());
        model.copies().addListener((ListChangeListener<BackupInfo>) change -> fillTable());
        fillTable();

        getChildren().addAll(Ui.text("backups.title", "section-title"), Ui.text("backups.hint", "muted"),
                Ui.text("backups.folder", "field-label"), folder, makeCopy, status, problem, restoreQuestion(), empty, table);

        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
    }

    private static void shownWhenNotEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void fillTable() {
        table.getChildren().clear();
        table.addRow(0, heading("backups.column.when"), heading("backups.column.size"), heading("backups.column.entries"),
                heading("backups.column.kind"));
        int row = 1;
        for (BackupInfo copy : model.copies()) {
            Button restore = new Button(Messages.get("backups.restore"));
            restore.getStyleClass().addAll("flat", "backups-restore");
            restore.setAccessibleText(Messages.get("backups.restore.accessible", BackupsViewModel.when(copy)));
            restore.disableProperty().bind(model.busyProperty());
            restore.setOnAction(event -> model.askToRestore(copy));
            table.addRow(row++, cell(BackupsViewModel.when(copy)), cell(BackupsViewModel.size(copy)),
                    cell(BackupsViewModel.entries(copy)), cell(BackupsViewModel.kind(copy)), restore);
        }
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("backups-heading");
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("backups-cell");
        return label;
    }

    private Node restoreQuestion() {
        Label question = new Label();
        question.setId("backups-restore-question");
        question.setWrapText(true);
        question.textProperty().bind(Bindings.createStringBinding(() -> model.restoreAskedProperty().get() == null ? ""
                : Messages.get("backups.restore.ask", BackupsViewModel.when(model.restoreAskedProperty().get())),
                model.restoreAskedProperty()));
        Button yes = new Button(Messages.get("backups.restore.yes"));
        yes.setId("backups-restore-yes");
        yes.setOnAction(event -> model.confirmRestore());
        Button no = new Button(Messages.get("backups.restore.no"));
        no.setId("backups-restore-no");
        no.getStyleClass().add("flat");
        no.setOnAction(event -> model.keepJournal());
        FlowPane bar = new FlowPane(12, 8, question, yes, no);
        bar.getStyleClass().add("banner");
        bar.visibleProperty().bind(model.restoreAskedProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        model.restoreAskedProperty().addListener((obs, old, asked) -> {
            if (asked != null) {
                // the safe answer has the focus, so Enter alone never replaces the journal
                no.requestFocus();
            }
        });
        return bar;
    }
}
