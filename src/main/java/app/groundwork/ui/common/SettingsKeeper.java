package app.groundwork.ui.common;

import app.groundwork.Messages;
import app.groundwork.service.AppSettings;
import app.groundwork.service.SettingsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The one place the window changes its settings: the change shows at once, and the whole file is written after it
 * on the journal thread, so changes made from different screens never overwrite each other.
 */
public final class SettingsKeeper {
    private final ObjectProperty<AppSettings> applied;
    private final SettingsFile file;
    private final Executor background;
    private final Executor ui;
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    /**
     * @param applied    the settings the window shows now; setting it restyles the window at once
     * @param background where the settings file is written, off the UI thread
     */
    public SettingsKeeper(ObjectProperty<AppSettings> applied, SettingsFile file, Executor background, Executor ui) {
        this.applied = applied;
        this.file = file;
        this.background = background;
        this.ui = ui;
    }

    public ReadOnlyObjectProperty<AppSettings> appliedProperty() {
        return applied;
    }

    public AppSettings current() {
        return applied.get();
    }

    /** Why the last change could not be written, or empty. The change still applies for this session. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Applies a change on the UI thread now and writes the settings file behind it. */
    public CompletableFuture<Void> change(UnaryOperator<AppSettings> change) {
        AppSettings next = change.apply(applied.get());
        applied.set(next);
        return CompletableFuture.runAsync(() -> {
            try {
                file.save(next);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).handleAsync((done, failure) -> {
            problem.set(failure == null ? "" : Messages.get("settings.notSaved", Failures.unwrap(failure).getMessage()));
            return null;
        }, ui);
    }
}
