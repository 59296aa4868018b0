package app.groundwork.ui;

import app.groundwork.AppContext;
import app.groundwork.Messages;
import app.groundwork.service.AppSettings;
import app.groundwork.ui.common.Theme;
import app.groundwork.ui.shell.Shell;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app. The window is shown first, with nothing slow before it; the journal opens in the background and
 * the screens appear when it is ready.
 */
public final class GroundworkApp extends Application {
    private static AppContext context;
    private Shell shell;

    /** Starts the window on the given journal and returns when it closes. */
    public static void launchWith(AppContext appContext) {
        context = Objects.requireNonNull(appContext);
        Application.launch(GroundworkApp.class);
    }

    @Override
    public void start(Stage stage) {
        // hiding the window must not end the toolkit: the draft and the journal are closed first (see below)
        Platform.setImplicitExit(false);
        ObjectProperty<AppSettings> settings = new SimpleObjectProperty<>(context.initialSettings());
        shell = new Shell(context, settings, Platform::runLater, () -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        Scene scene = new Scene(shell.root(), 1120, 780);
        Theme.apply(scene, settings.get());
        settings.addListener((obs, old, now) -> Theme.apply(scene, now));
        stage.setTitle(Messages.get("app.name"));
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            event.consume();
            stage.hide();
            shell.close()
                    .orTimeout(10, TimeUnit.SECONDS)
                    .whenComplete((done, failure) -> Platform.exit());
        });
        stage.show();
        shell.openJournal();
    }
}
