package app.groundwork.ui.shell;

import app.groundwork.Messages;
import app.groundwork.ui.common.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The first-run welcome: what Groundwork is, what it is not, and where to turn in an emergency. */
final class WelcomeView extends StackPane {
    WelcomeView(Runnable onClose) {
        getStyleClass().add("overlay");
        Button begin = new Button(Messages.get("welcome.begin"));
        begin.setId("welcome-begin");
        begin.getStyleClass().add("accent");
        begin.setDefaultButton(true);
        begin.setOnAction(event -> onClose.run());
        VBox card = new VBox(14,
                Ui.text("welcome.title", "screen-title"),
                Ui.text("welcome.what"),
                Ui.text("welcome.private"),
                Ui.text("welcome.not"),
                Ui.text("welcome.emergency", "emphasis"),
                begin);
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
