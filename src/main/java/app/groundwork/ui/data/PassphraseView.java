package app.groundwork.ui.data;

import app.groundwork.Messages;
import app.groundwork.ui.common.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The passphrase part of Settings → Data. Without a passphrase: what one does, the plain warning that nothing can open
 * the journal without it, the new passphrase typed twice, and one button. With one: the current passphrase, the new one
 * twice, Change and Remove, how long the window may sit idle before it locks, and Lock now.
 */
public final class PassphraseView extends VBox {
    public PassphraseView(PassphraseViewModel model) {
        super(10);
        setId("passphrase");
        getStyleClass().addAll("section", "passphrase");

        Label state = new Label();
        state.setId("passphrase-state");
        state.setWrapText(true);
        state.textProperty().bind(javafx.beans.binding.Bindings.when(model.setProperty())
                .then(Messages.get("data.passphrase.isSet")).otherwise(Messages.get("data.passphrase.notSet")));
        state.setMinHeight(Region.USE_PREF_SIZE);

        Label warning = Ui.text("data.passphrase.warning", "passphrase-warning");
        warning.setId("passphrase-warning");
        warning.setMinHeight(Region.USE_PREF_SIZE);
        Ui.showWhen(warning, model.setProperty().not());

        PasswordField current = field("passphrase-current", "data.passphrase.current");
        current.textProperty().bindBidirectional(model.currentProperty());
        PasswordField chosen = field("passphrase-new", "data.passphrase.new");
        chosen.textProperty().bindBidirectional(model.chosenProperty());
        PasswordField repeated = field("passphrase-repeat", "data.passphrase.repeat");
        repeated.textProperty().bindBidirectional(model.repeatedProperty());
        VBox currentBox = Ui.field("data.passphrase.current", current);
        Ui.showWhen(currentBox, model.setProperty());

        Button encrypt = button("passphrase-set", "data.passphrase.set", true);
        encrypt.setOnAction(event -> model.setPassphrase());
        Ui.showWhen(encrypt, model.setProperty().not());
        Button change = button("passphrase-change", "data.passphrase.change", true);
        change.setOnAction(event -> model.change());
        Button remove = button("passphrase-remove", "data.passphrase.remove", false);
        remove.setOnAction(event -> model.remove());
        HBox changeRow = new HBox(10, change, remove);
        changeRow.setAlignment(Pos.CENTER_LEFT);
        Ui.showWhen(changeRow, model.setProperty());
        repeated.setOnAction(event -> {
            if (model.setProperty().get()) {
                model.change();
            } else {
                model.setPassphrase();
            }
        });
        for (Button button : new Button[] {encrypt, change, remove}) {
            button.disableProperty().bind(model.busyProperty());
        }

        ComboBox<Integer> autoLock = new ComboBox<>();
        autoLock.setId("passphrase-autolock");
        autoLock.getItems().setAll(PassphraseViewModel.autoLockChoices());
        autoLock.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : PassphraseViewModel.autoLockText(minutes);
            }

            @Override
            public Integer fromString(String text) {
                return autoLock.getItems().stream().filter(m -> toString(m).equals(text)).findFirst().orElse(null);
            }
        });
        autoLock.setValue(model.autoLockMinutesProperty().get());
        autoLock.valueProperty().addListener((obs, old, minutes) -> {
            if (minutes != null) {
                model.autoLockMinutesProperty().set(minutes);
            }
        });
        Button lock = button("passphrase-lock", "data.lock.now", false);
        lock.setOnAction(event -> model.lockNow());
        HBox lockRow = new HBox(12, autoLock, lock);
        lockRow.setAlignment(Pos.CENTER_LEFT);
        VBox lockBox = Ui.field("data.lock.after.label", lockRow);
        Ui.showWhen(lockBox, model.setProperty());

        Label status = Ui.line(model.statusProperty(), "status-line");
        status.setId("passphrase-status");
        status.setMinHeight(Region.USE_PREF_SIZE);
        Label problem = Ui.line(model.problemProperty(), "problem");
        problem.setId("passphrase-problem");
        problem.setMinHeight(Region.USE_PREF_SIZE);

        getChildren().addAll(Ui.text("data.passphrase.title", "section-title"), state, warning, currentBox,
                Ui.field("data.passphrase.new", chosen), Ui.field("data.passphrase.repeat", repeated), encrypt, changeRow,
                problem, status, lockBox);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
    }

    private static PasswordField field(String id, String accessibleKey) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setMaxWidth(360);
        field.setAccessibleText(Messages.get(accessibleKey));
        return field;
    }

    private static Button button(String id, String key, boolean accent) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (accent) {
            button.getStyleClass().add("accent");
        }
        return button;
    }
}
