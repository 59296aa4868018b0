package app.groundwork.ui.shell;

import app.groundwork.AppContext;
import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalSession;
import app.groundwork.service.OpenOutcome;
import app.groundwork.ui.common.Failures;
import app.groundwork.ui.common.SettingsKeeper;
import app.groundwork.ui.support.SupportPanelModel;
import app.groundwork.ui.support.SupportPanelView;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.EventType;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The window's frame: navigation on the left, the current screen on the right. It shows a quiet "opening" state at
 * once and swaps in the screens when the journal is ready, or a plain explanation when it cannot be opened.
 */
public final class Shell {
    private final AppContext context;
    private final ObjectProperty<AppSettings> settings;
    private final SettingsKeeper keeper;
    private final Runnable quit;
    private final Executor ui;
    private final BorderPane frame = new BorderPane();
    private final StackPane root = new StackPane(frame);
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
    private final ObjectProperty<Screen> current = new SimpleObjectProperty<>(this, "current");
    private Workspace workspace;
    private JournalSession session;
    private WelcomeView welcome;
    private ContentLibrary library;
    private SupportPanelView supportPanel;
    private final PauseTransition idle = new PauseTransition();
    private Duration idleOverride;

    public Shell(AppContext context, ObjectProperty<AppSettings> settings, Executor ui, Runnable quit) {
        this.context = context;
        this.settings = settings;
        this.keeper = new SettingsKeeper(settings, context.settingsFile(), context.journalThread(), ui);
        this.ui = ui;
        this.quit = quit;
        root.getStyleClass().add("app-root");
        content.getStyleClass().add("content");
        frame.setCenter(content);
        frame.setLeft(navigationBar());
        showOpening();
        if (!settings.get().welcomeRead()) {
            showWelcome();
        }
        idle.setOnFinished(event -> idleRanOut());
        for (EventType<? extends InputEvent> type : List.of(KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_PRESSED,
                MouseEvent.MOUSE_MOVED, ScrollEvent.SCROLL)) {
            root.addEventFilter(type, event -> {
                if (session != null) {
                    restartIdle();
                }
            });
        }
        settings.addListener((obs, old, now) -> {
            if (session != null && old.autoLockMinutes() != now.autoLockMinutes()) {
                restartIdle();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Opens the journal in the background; the screens appear when it is ready. */
    public CompletableFuture<Void> openJournal() {
        return openJournal(null);
    }

    /** The same, with the passphrase an encrypted journal needs; without one it shows the unlock screen. */
    private CompletableFuture<Void> openJournal(String passphrase) {
        return context.open(passphrase).handleAsync((ready, failure) -> {
            if (failure != null) {
                showProblem(new OpenOutcome.Failed(context.dataDir(), Failures.unwrap(failure).getMessage()));
                return null;
            }
            library = ready.content();
            if (ready.outcome() instanceof OpenOutcome.Opened opened) {
                session = opened.session();
                workspace = new Workspace(session, ready.content(), keeper, ui, context.clock(), this::show,
                        this::openSupport, this::reopen, this::lock);
                navButtons.values().forEach(button -> button.setDisable(false));
                show(Screen.TODAY);
                // queued behind Today's queries, so the first screen never waits for the copy
                session.backUpIfDue();
                if (!settings.get().welcomeRead() && welcome == null) {
                    showWelcome();
                }
                watchForIdle();
            } else if (ready.outcome() instanceof OpenOutcome.NeedsPassphrase needs) {
                showUnlock(needs.tried());
            } else {
                showProblem(ready.outcome());
            }
            return null;
        }, ui);
    }

    public void show(Screen screen) {
        if (workspace == null) {
            return;
        }
        current.set(screen);
        navButtons.get(screen).setSelected(true);
        Node view = workspace.view(screen);
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != view) {
            // showing the screen already on show leaves it in place, so focus and half-done clicks are not lost
            content.getChildren().setAll(view);
        }
        workspace.shown(screen);
    }

    /**
     * Opens the support panel over whatever is on screen. It works before and without an open journal (with the
     * shipped helplines), and nothing underneath is lost or waits for it.
     */
    public void openSupport() {
        if (supportPanel != null) {
            return;
        }
        SupportPanelModel model = new SupportPanelModel(library, session == null ? null : session.support(),
                keeper.current().regionOrGuess(Locale.getDefault()), ui);
        supportPanel = new SupportPanelView(model, this::closeSupport, workspace == null ? null : () -> show(Screen.SETTINGS));
        root.getChildren().add(supportPanel);
        model.load();
    }

    void closeSupport() {
        root.getChildren().remove(supportPanel);
        supportPanel = null;
        if (current.get() != null) {
            navButtons.get(current.get()).requestFocus();
        }
    }

    boolean supportOpen() {
        return supportPanel != null;
    }

    /** Keeps unsaved typing, then closes the journal. Never blocks the UI thread. */
    public CompletableFuture<Void> close() {
        CompletableFuture<Void> kept = workspace == null ? CompletableFuture.completedFuture(null) : workspace.keepUnsavedWork();
        return kept.exceptionally(failure -> null).thenCompose(ignored -> context.close(session));
    }

    Workspace workspace() {
        return workspace;
    }

    private Node navigationBar() {
        Label name = new Label(Messages.get("app.name"));
        name.getStyleClass().add("app-name");
        VBox bar = new VBox(4, name);
        bar.getStyleClass().add("nav");
        bar.setAccessibleText(Messages.get("nav.accessible"));
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(Messages.get(screen.labelKey()));
            button.setId("nav-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("nav-item");
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setDisable(true);
            button.setAccessibleText(Messages.get("nav.item.accessible", Messages.get(screen.labelKey()), screen.shortcutDigit()));
            button.setOnAction(event -> show(screen));
            navButtons.put(screen, button);
            bar.getChildren().add(button);
        }
        // a selected screen stays selected when its button is pressed again
        navigation.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null && old != null) {
                old.setSelected(true);
            }
        });
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button support = new Button(Messages.get("nav.support"));
        support.setId("nav-support");
        support.getStyleClass().addAll("nav-item", "nav-support");
        support.setMaxWidth(Double.MAX_VALUE);
        support.setAlignment(Pos.CENTER_LEFT);
        support.setWrapText(true);
        support.setAccessibleText(Messages.get("nav.support.accessible"));
        support.setOnAction(event -> openSupport());
        Label privacy = new Label(Messages.get("nav.private"));
        privacy.getStyleClass().add("nav-footnote");
        privacy.setWrapText(true);
        bar.getChildren().addAll(spacer, support, privacy);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                return;
            }
            for (Screen screen : Screen.values()) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(screen.shortcutDigit())),
                        KeyCombination.SHORTCUT_DOWN), () -> show(screen));
            }
        });
        return bar;
    }

    /** After a restore closed the journal: open it again, as at start. */
    private void reopen() {
        session = null;
        workspace = null;
        navButtons.values().forEach(button -> button.setDisable(true));
        showOpening();
        openJournal();
    }

    /**
     * Locks a journal that has a passphrase: keeps what is half-typed (encrypted, in the journal), closes it, clears the
     * screen and asks for the passphrase again. The support panel stays reachable.
     */
    void lock() {
        if (session == null) {
            return;
        }
        JournalSession closing = session;
        Workspace leaving = workspace;
        session = null;
        workspace = null;
        idle.stop();
        navButtons.values().forEach(button -> button.setDisable(true));
        showOpening();
        leaving.keepUnsavedWork().exceptionally(failure -> null)
                .thenCompose(ignored -> context.closeSession(closing))
                .handleAsync((done, failure) -> {
                    showUnlock(false);
                    return null;
                }, ui);
    }

    boolean locked() {
        return session == null && content.getChildren().stream().anyMatch(node -> node instanceof UnlockView);
    }

    /** Shortens the idle time before a lock, for tests. */
    void idleAfter(Duration time) {
        idleOverride = time;
        restartIdle();
    }

    /** Restarts the idle clock on every key, click, scroll or move; when it runs out, a journal with a passphrase locks. */
    private void watchForIdle() {
        restartIdle();
    }

    private void restartIdle() {
        int minutes = settings.get().autoLockMinutes();
        if (session == null || (minutes == 0 && idleOverride == null)) {
            idle.stop();
            return;
        }
        idle.setDuration(idleOverride != null ? idleOverride : Duration.minutes(minutes));
        idle.playFromStart();
    }

    private void idleRanOut() {
        JournalSession open = session;
        if (open == null) {
            return;
        }
        open.passphrase().isSet().handleAsync((encrypted, failure) -> {
            if (failure == null && encrypted && session == open) {
                lock();
            }
            return null;
        }, ui);
    }

    void showUnlock(boolean tried) {
        if (welcome != null) {
            root.getChildren().remove(welcome);
            welcome = null;
        }
        UnlockView view = new UnlockView(tried, passphrase -> openJournal(passphrase));
        StackPane.setAlignment(view, Pos.TOP_LEFT);
        content.getChildren().setAll(view);
    }

    /** A quiet line rather than a spinner: opening usually takes a blink, and the first frame stays light. */
    private void showOpening() {
        Label text = new Label(Messages.get("open.opening"));
        text.getStyleClass().add("muted");
        content.getChildren().setAll(text);
    }

    /** A journal that cannot be opened matters more than the welcome, which waits for a later start. */
    private void showProblem(OpenOutcome outcome) {
        if (welcome != null) {
            root.getChildren().remove(welcome);
            welcome = null;
        }
        OpenProblemView view = new OpenProblemView(outcome, this::restore, quit);
        StackPane.setAlignment(view, Pos.TOP_LEFT);
        content.getChildren().setAll(view);
    }

    private void restore(Path backup) {
        context.restore(backup).handleAsync((damagedCopy, failure) -> {
            if (failure != null) {
                showProblem(new OpenOutcome.Failed(context.dataDir(),
                        Messages.get("open.restore.failed", Failures.unwrap(failure).getMessage())));
                return null;
            }
            showOpening();
            openJournal();
            return null;
        }, ui);
    }

    private void showWelcome() {
        welcome = new WelcomeView(() -> {
            root.getChildren().remove(welcome);
            welcome = null;
            keeper.change(AppSettings::withWelcomeRead);
            if (current.get() != null) {
                navButtons.get(current.get()).requestFocus();
            }
        }, this::openSupport);
        root.getChildren().add(welcome);
    }
}
