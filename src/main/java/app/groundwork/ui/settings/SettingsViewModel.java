package app.groundwork.ui.settings;

import app.groundwork.Messages;
import app.groundwork.content.FaqEntry;
import app.groundwork.service.AppSettings;
import app.groundwork.service.AppSettings.Theme;
import app.groundwork.service.SettingsFile;
import app.groundwork.service.SupportService;
import app.groundwork.ui.common.Failures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings: theme and text size, applied at once and kept in the settings file; support (region, people, helplines,
 * in {@link SupportSettingsViewModel}); where the journal lives; help.
 */
public final class SettingsViewModel {
    private final SettingsFile file;
    private final Executor background;
    private final Executor ui;
    private final Path journalFile;
    private final List<FaqEntry> faq;
    private final ObjectProperty<AppSettings> applied;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final IntegerProperty textSize = new SimpleIntegerProperty(this, "textSize");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final SupportSettingsViewModel support;

    /**
     * @param applied    the settings the window shows now; setting it restyles the window at once
     * @param background where the settings file is written, off the UI thread
     * @param support    the open journal's support contacts and helplines
     */
    public SettingsViewModel(ObjectProperty<AppSettings> applied, SettingsFile file, Executor background, Executor ui,
                             Path journalFile, List<FaqEntry> faq, SupportService support) {
        this.applied = applied;
        this.file = file;
        this.background = background;
        this.ui = ui;
        this.journalFile = journalFile;
        this.faq = List.copyOf(faq);
        theme.set(applied.get().theme());
        textSize.set(applied.get().textSize());
        theme.addListener((obs, old, chosen) -> change(applied.get().withTheme(chosen)));
        textSize.addListener((obs, old, size) -> change(applied.get().withTextSize(size.intValue())));
        this.support = new SupportSettingsViewModel(support, applied.get().regionOrGuess(Locale.getDefault()),
                regionId -> change(applied.get().withRegion(regionId)), ui);
    }

    /** The Support section: region, the person's own contacts, helplines. */
    public SupportSettingsViewModel support() {
        return support;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public String journalLocation() {
        return journalFile.toString();
    }

    public List<FaqEntry> faq() {
        return faq;
    }

    private void change(AppSettings next) {
        applied.set(next);
        save(next);
    }

    CompletableFuture<Void> save(AppSettings next) {
        return CompletableFuture.runAsync(() -> {
            try {
                file.save(next);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).handleAsync((done, failure) -> {
            problem.set(failure == null ? "" : Messages.get("settings.notSaved", Failures.unwrap(failure).getMessage()));
            return null;
        }, ui);
    }
}
