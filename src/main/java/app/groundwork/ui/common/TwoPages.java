package app.groundwork.ui.common;

import app.groundwork.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * A screen with two pages and a tab for each across the top, such as Progress (charts, weekly review) and Practices
 * (practices, library). The page on show is kept while the person moves around the app.
 */
public final class TwoPages extends BorderPane {
    /** One page: its tab's id and words, what it shows, and what to do each time it comes into view. */
    public record Page(String id, String labelKey, Node content, Runnable shown) {
    }

    private final ToggleGroup tabs = new ToggleGroup();
    private final ToggleButton firstTab;
    private final ToggleButton secondTab;

    public TwoPages(Page first, Page second) {
        firstTab = tab(first);
        secondTab = tab(second);
        HBox bar = new HBox(6, firstTab, secondTab);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(14, 36, 0, 36));
        bar.getStyleClass().add("page-tabs");
        setTop(bar);
        tabs.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                // a page stays chosen: clicking the chosen tab again keeps it
                old.setSelected(true);
                return;
            }
            Page page = (Page) chosen.getUserData();
            setCenter(page.content());
            page.shown().run();
        });
        firstTab.setSelected(true);
    }

    /** Shows the first page ({@code true}) or the second, as its tab would. */
    public void showFirst(boolean first) {
        (first ? firstTab : secondTab).setSelected(true);
    }

    private ToggleButton tab(Page page) {
        ToggleButton tab = new ToggleButton(Messages.get(page.labelKey()));
        tab.setId(page.id());
        tab.setUserData(page);
        tab.setToggleGroup(tabs);
        tab.getStyleClass().add("span-choice");
        return tab;
    }
}
