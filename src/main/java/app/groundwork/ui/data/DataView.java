package app.groundwork.ui.data;

import app.groundwork.Messages;
import app.groundwork.ui.common.ScrollIntoView;
import app.groundwork.ui.common.Ui;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Settings → Data: where the journal lives, its passphrase, and its copies, one section after another. Each part keeps
 * its own model; this view only lays them out.
 */
public final class DataView extends ScrollPane {
    public DataView(String journalLocation, Node... parts) {
        getStyleClass().add("screen-scroll");
        setFitToWidth(true);
        ScrollIntoView.install(this);
        TextField location = new TextField(journalLocation);
        location.setId("data-location");
        location.setEditable(false);
        location.setAccessibleText(Messages.get("settings.data.location"));
        VBox page = new VBox(22, Ui.heading("data.title"), Ui.section("data.location", "settings.data.hint", location));
        page.getChildren().addAll(parts);
        page.getStyleClass().add("screen");
        page.setId("data-page");
        setContent(page);
    }
}
