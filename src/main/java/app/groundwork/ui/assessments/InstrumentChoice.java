package app.groundwork.ui.assessments;

import app.groundwork.Messages;
import app.groundwork.domain.Instrument;
import app.groundwork.ui.assessments.AssessmentsViewModel.Row;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One instrument in the list, as a toggle the size of a card: its short name, what it looks at, the latest result
 * and a quiet "due" mark. Five of them never need a virtual list, so their wrapped text always fits.
 */
final class InstrumentChoice extends ToggleButton {
    /** The button's own padding and border on both sides, which the wrapped text has to leave free. */
    private static final double SIDE_PADDING = 30;

    private final Label name = new Label();
    private final Label due = new Label(Messages.get("assessments.due"));
    private final Label about = new Label();
    private final Label latest = new Label();

    InstrumentChoice(Instrument instrument) {
        setId("assessment-choice-" + instrument.id());
        getStyleClass().add("instrument-choice");
        setMaxWidth(Double.MAX_VALUE);
        setAlignment(Pos.TOP_LEFT);
        name.getStyleClass().add("instrument-name");
        due.getStyleClass().add("due-mark");
        due.managedProperty().bind(due.visibleProperty());
        HBox top = new HBox(8, name, due);
        top.setAlignment(Pos.CENTER_LEFT);
        about.setWrapText(true);
        about.getStyleClass().addAll("instrument-about", "small");
        about.setMinHeight(Region.USE_PREF_SIZE);
        latest.getStyleClass().add("instrument-latest");
        latest.setWrapText(true);
        latest.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, top, about, latest);
        box.setMinWidth(0);
        box.prefWidthProperty().bind(widthProperty().subtract(SIDE_PADDING));
        box.maxWidthProperty().bind(box.prefWidthProperty());
        setGraphic(box);
    }

    /** The height follows the width, as for wrapped text, so a parent asks for the height at the width it gives. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
        return snappedTopInset() + getGraphic().prefHeight(inner) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    void show(Row row) {
        name.setText(row.shortName());
        due.setVisible(row.due());
        about.setText(row.about());
        latest.setText(row.latest());
        setAccessibleText(Messages.get("assessments.row.accessible", row.shortName(), row.about(), row.latest(),
                row.due() ? Messages.get("assessments.row.dueAccessible") : ""));
    }
}
