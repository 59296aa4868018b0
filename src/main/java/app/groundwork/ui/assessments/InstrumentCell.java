package app.groundwork.ui.assessments;

import app.groundwork.Messages;
import app.groundwork.ui.assessments.AssessmentsViewModel.Row;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One instrument in the list: its short name, what it looks at, the latest result and a quiet "due" mark. */
final class InstrumentCell extends ListCell<Row> {
    InstrumentCell() {
        getStyleClass().add("instrument-cell");
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
        Label name = new Label(row.shortName());
        name.getStyleClass().add("instrument-name");
        HBox top = new HBox(8, name);
        top.setAlignment(Pos.CENTER_LEFT);
        if (row.due()) {
            Label due = new Label(Messages.get("assessments.due"));
            due.getStyleClass().add("due-mark");
            top.getChildren().add(due);
        }
        Label about = new Label(row.about());
        about.setWrapText(true);
        about.getStyleClass().addAll("instrument-about", "small");
        Label latest = new Label(row.latest());
        latest.getStyleClass().add("instrument-latest");
        VBox box = new VBox(4, top, about, latest);
        box.prefWidthProperty().bind(widthProperty().subtract(32));
        about.prefWidthProperty().bind(box.prefWidthProperty());
        setGraphic(box);
        setText(null);
        setAccessibleText(Messages.get("assessments.row.accessible", row.shortName(), row.about(), row.latest(),
                row.due() ? Messages.get("assessments.row.dueAccessible") : ""));
    }
}
