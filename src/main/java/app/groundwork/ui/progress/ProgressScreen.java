package app.groundwork.ui.progress;

import app.groundwork.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The Progress screen's two pages: the charts over any range, and the weekly review. The page on show is kept while
 * the person moves around the app.
 */
public final class ProgressScreen extends BorderPane {
    /** The two pages. */
    public enum Page { CHARTS, REVIEW }

    private final ToggleGroup pages = new ToggleGroup();
    private final ToggleButton chartsTab;
    private final ToggleButton reviewTab;
    private final Node charts;
    private final Node review;
    private final Runnable reviewShown;

    /** @param reviewShown run each time the review page comes into view, so it shows the week as it stands */
    public ProgressScreen(Node charts, Node review, Runnable reviewShown) {
        this.charts = charts;
        this.review = review;
        this.reviewShown = reviewShown;
        chartsTab = tab("progress-tab-charts", "progress.tab.charts", Page.CHARTS);
        reviewTab = tab("progress-tab-review", "progress.tab.review", Page.REVIEW);
        HBox bar = new HBox(6, chartsTab, reviewTab);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(14, 36, 0, 36));
        bar.getStyleClass().add("page-tabs");
        setTop(bar);
        pages.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                old.setSelected(true);
                return;
            }
            showPage((Page) chosen.getUserData());
        });
        chartsTab.setSelected(true);
    }

    /** Shows one of the pages, as its tab would. */
    public void show(Page page) {
        (page == Page.CHARTS ? chartsTab : reviewTab).setSelected(true);
    }

    private void showPage(Page page) {
        setCenter(page == Page.CHARTS ? charts : review);
        if (page == Page.REVIEW) {
            reviewShown.run();
        }
    }

    private ToggleButton tab(String id, String key, Page page) {
        ToggleButton tab = new ToggleButton(Messages.get(key));
        tab.setId(id);
        tab.setUserData(page);
        tab.setToggleGroup(pages);
        tab.getStyleClass().add("span-choice");
        return tab;
    }
}
