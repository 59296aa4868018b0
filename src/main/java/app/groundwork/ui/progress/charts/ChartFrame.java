package app.groundwork.ui.progress.charts;

import app.groundwork.ui.progress.ProgressChart.ChartWords;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A chart's place on its card: the drawing, or in its place a kind line when the range holds nothing for it. The
 * summary of what is shown is the place's accessible text.
 */
final class ChartFrame {
    private final StackPane root = new StackPane();
    private final Node drawing;
    private final Label empty = new Label();

    /**
     * @param readAsText true for a drawing with no controls in it, read out as one piece of text; false when it holds
     *                   buttons a keyboard must reach
     */
    ChartFrame(String id, Node drawing, boolean readAsText) {
        this.drawing = drawing;
        root.setId("progress-" + id + "-chart");
        root.getStyleClass().addAll("progress-chart", "progress-chart-" + id);
        empty.setId("progress-" + id + "-empty");
        empty.getStyleClass().add("progress-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(Double.MAX_VALUE);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        root.getChildren().addAll(drawing, empty);
        if (readAsText) {
            root.setAccessibleRole(AccessibleRole.TEXT);
            root.setFocusTraversable(true);
        }
        showDrawing(true);
    }

    Node node() {
        return root;
    }

    /** Shows the kind line instead of the drawing; the caption stays blank, the summary is the line. */
    ChartWords empty(String text) {
        empty.setText(text);
        showDrawing(false);
        root.setAccessibleText(text);
        return new ChartWords("", text);
    }

    /** Shows the drawing, described by {@code words}. */
    ChartWords drawn(ChartWords words) {
        showDrawing(true);
        root.setAccessibleText(words.summary());
        return words;
    }

    /** Changes the description alone, when the person moves within the drawing (another year, another scale). */
    void describe(String summary) {
        root.setAccessibleText(summary);
    }

    private void showDrawing(boolean shown) {
        drawing.setVisible(shown);
        drawing.setManaged(shown);
        empty.setVisible(!shown);
        empty.setManaged(!shown);
    }
}
