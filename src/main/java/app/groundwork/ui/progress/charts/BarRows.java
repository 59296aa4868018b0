package app.groundwork.ui.progress.charts;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Horizontal bars as rows of plain controls: the name, a bar as long as its share of the longest, and the figure in
 * words. Each row is also read out whole.
 */
final class BarRows {
    /** The shortest a bar is drawn, in pixels, so a count of one still shows. */
    private static final double SHORTEST = 4;

    /**
     * One row.
     *
     * @param fraction   the bar's length as a share of the track, 0–1
     * @param styleClass an extra class for the bar's colour, or null
     */
    record Bar(String name, double fraction, String value, String accessibleText, String styleClass) {
    }

    private final GridPane grid = new GridPane();

    BarRows(String styleClass) {
        grid.getStyleClass().addAll("progress-bars", styleClass);
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setMaxWidth(220);
        ColumnConstraints track = new ColumnConstraints();
        track.setHgrow(Priority.ALWAYS);
        track.setMinWidth(60);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(Region.USE_PREF_SIZE);
        value.setHalignment(HPos.LEFT);
        grid.getColumnConstraints().setAll(name, track, value);
    }

    GridPane node() {
        return grid;
    }

    void show(List<Bar> bars) {
        grid.getChildren().clear();
        for (int row = 0; row < bars.size(); row++) {
            Bar bar = bars.get(row);
            Label name = new Label(bar.name());
            name.getStyleClass().add("progress-bar-name");
            name.setAccessibleText(bar.accessibleText());
            StackPane track = new StackPane();
            track.getStyleClass().add("progress-bar-track");
            track.setAlignment(Pos.CENTER_LEFT);
            Region fill = new Region();
            fill.getStyleClass().add("progress-bar");
            if (bar.styleClass() != null) {
                fill.getStyleClass().add(bar.styleClass());
            }
            double fraction = Math.max(0, Math.min(1, bar.fraction()));
            fill.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> fraction == 0 ? 0
                    : Math.max(SHORTEST, track.getWidth() * fraction), track.widthProperty()));
            track.getChildren().add(fill);
            track.setAccessibleRole(AccessibleRole.TEXT);
            track.setAccessibleText(bar.accessibleText());
            Label value = new Label(bar.value());
            value.getStyleClass().add("progress-bar-value");
            value.setAccessibleText(bar.accessibleText());
            grid.addRow(row, name, track, value);
        }
    }
}
