package app.groundwork.ui.shell;

import app.groundwork.Messages;
import app.groundwork.service.OpenOutcome;
import app.groundwork.ui.common.Ui;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the window shows when the journal cannot be opened: which file, what happened, that nothing was changed,
 * and what the person can do next.
 */
final class OpenProblemView extends VBox {
    OpenProblemView(OpenOutcome outcome, Consumer<Path> restore, Runnable quit) {
        getStyleClass().addAll("screen", "open-problem");
        setSpacing(14);
        setMaxWidth(680);
        Button close = new Button(Messages.get("open.close"));
        close.setId("open-close");
        close.setOnAction(event -> quit.run());
        HBox actions = new HBox(10);
        if (outcome instanceof OpenOutcome.Locked locked) {
            getChildren().addAll(Ui.text("open.locked.title", "screen-title"),
                    line(Messages.get("open.locked.body", locked.file())));
            close.getStyleClass().add("accent");
        } else if (outcome instanceof OpenOutcome.Damaged damaged) {
            getChildren().addAll(Ui.text("open.damaged.title", "screen-title"),
                    line(Messages.get("open.damaged.body", damaged.file())));
            if (damaged.newestBackup().isPresent()) {
                Path backup = damaged.newestBackup().get();
                getChildren().add(line(Messages.get("open.damaged.backup", backup.getFileName())));
                Button restoreButton = new Button(Messages.get("open.damaged.restore"));
                restoreButton.setId("open-restore");
                restoreButton.getStyleClass().add("accent");
                restoreButton.setOnAction(event -> {
                    restoreButton.setDisable(true);
                    restore.accept(backup);
                });
                actions.getChildren().add(restoreButton);
            } else {
                getChildren().add(line(Messages.get("open.damaged.noBackup")));
            }
        } else if (outcome instanceof OpenOutcome.TooNew tooNew) {
            getChildren().addAll(Ui.text("open.tooNew.title", "screen-title"),
                    line(Messages.get("open.tooNew.body", tooNew.file(), tooNew.schemaVersion())));
        } else if (outcome instanceof OpenOutcome.Failed failed) {
            getChildren().addAll(Ui.text("open.failed.title", "screen-title"),
                    line(Messages.get("open.failed.body", failed.file(), failed.reason())));
        } else {
            throw new IllegalArgumentException("an opened journal is not a problem");
        }
        actions.getChildren().add(close);
        getChildren().add(actions);
    }

    private static Label line(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
