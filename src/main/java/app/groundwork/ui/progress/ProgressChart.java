package app.groundwork.ui.progress;

import app.groundwork.domain.ProgressData;
import javafx.scene.Node;

/**
 * One chart card of the Progress screen: a drawing built once and redrawn from a range's aggregated data, with what
 * it shows put into words.
 */
public interface ProgressChart {
    /** A short id, such as {@code mood}: the card's node id is {@code progress-<id>}. */
    String id();

    /** The card's title. */
    String title();

    /** The drawing, built once. */
    Node node();

    /**
     * Redraws from {@code data}, never with more points than the plot has pixels across ({@code plotWidth}).
     *
     * @return the caption under the chart and the longer summary screen readers get
     */
    ChartWords show(ProgressData data, double plotWidth);

    /**
     * What a chart shows, in words.
     *
     * @param caption a sentence or two under the chart, for the chosen range ("Mood rose from 4.1 to 5.6 …")
     * @param summary the accessible text: the caption and the figures a sighted reader would take from the drawing
     */
    record ChartWords(String caption, String summary) {
    }
}
