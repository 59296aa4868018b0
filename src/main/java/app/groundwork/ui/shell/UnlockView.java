package app.groundwork.ui.shell;

import app.groundwork.Messages;
import app.groundwork.ui.common.Ui;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the window shows while the journal is locked with a passphrase: at start, and after it locked itself or was
 * locked. Nothing of the journal is on screen. A passphrase that did not open it gets its own calm line, never the
 * damaged-file explanation. Enter opens.
 */
final class UnlockView extends VBox {
    UnlockView(boolean triedAndRefused, Consumer<String> unlock) {
        getStyleClass().addAll("screen", "unlock");
        setId("unlock");
        setSpacing(14);
        setMaxWidth(560);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("unlock-passphrase");
        passphrase.setAccessibleText(Messages.get("unlock.passphrase"));
        passphrase.setMaxWidth(360);
        Button open = new Button(Messages.get("unlock.open"));
        open.setId("unlock-open");
        open.getStyleClass().add("accent");
        open.setMinWidth(Region.USE_PREF_SIZE);
        Runnable submit = () -> {
            if (passphrase.getText().isEmpty()) {
                return;
            }
            open.setDisable(true);
            passphrase.setDisable(true);
            unlock.accept(passphrase.getText());
        };
        open.setOnAction(event -> submit.run());
        passphrase.setOnAction(event -> submit.run());
        HBox row = new HBox(10, passphrase, open);
        row.setAlignment(Pos.CENTER_LEFT);

        Label body = Ui.text("unlock.body");
        body.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(Ui.text("unlock.title", "screen-title"), body, Ui.field("unlock.passphrase", row));
        if (triedAndRefused) {
            Label refused = Ui.text("unlock.refused", "problem");
            refused.setId("unlock-refused");
            refused.setMinHeight(Region.USE_PREF_SIZE);
            Label lost = Ui.text("unlock.lost", "muted");
            lost.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().addAll(refused, lost);
        }
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(passphrase::requestFocus);
            }
        });
    }
}
