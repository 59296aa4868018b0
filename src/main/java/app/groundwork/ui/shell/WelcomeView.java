package app.groundwork.ui.shell;

import app.groundwork.Messages;
import app.groundwork.ui.common.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The first-run welcome: what Groundwork is, what it is not, and where to turn in an emergency. */
final class WelcomeView extends StackPane {
    /** @param needSupport opens the support panel over the welcome, which would otherwise cover the navigation's button */
    WelcomeView(Runnable onClose, Runnable needSupport) {
        getStyleClass().add("overlay");
        Button begin = new Button(Messages.get("welcome.begin"));
        begin.setId("welcome-begin");
        begin.getStyleClass().add("accent");
        begin.setDefaultButton(true);
        begin.setOnAction(event -> onClose.run());
        Button support = new Button(Messages.get("nav.support"));
        support.setId("welcome-support");
        support.getStyleClass().add("flat");
        support.setOnAction(event -> needSupport.run());
        VBox card = new VBox(14,
                Ui.text("welcome.title", "screen-title"),
                Ui.text("welcome.what"),
                Ui.text("welcome.private"),
                Ui.text("welcome.not"),
                Ui.text("welcome.emergency", "emphasis"),
                new HBox(12, begin, support));
        card.getStyleClass().addAll("card", "welcome-card");
        card.setMaxWidth(560);
        card.setMaxHeight(USE_PREF_SIZE);
        StackPane.setAlignment(card, Pos.CENTER);
        getChildren().add(card);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                begin.requestFocus();
            }
        });
    }
}
