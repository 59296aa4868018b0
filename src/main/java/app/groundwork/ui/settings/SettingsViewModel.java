package app.groundwork.ui.settings;

import app.groundwork.content.FaqEntry;
import app.groundwork.service.AppSettings.Theme;
import app.groundwork.service.AppSettings;
import app.groundwork.service.SupportService;
import app.groundwork.ui.common.SettingsKeeper;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Settings: theme and text size, applied at once and kept in the settings file; support (region, people, helplines,
 * in {@link SupportSettingsViewModel}); where the journal lives; help.
 */
public final class SettingsViewModel {
    private final SettingsKeeper settings;
    private final Path journalFile;
    private final List<FaqEntry> faq;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final IntegerProperty textSize = new SimpleIntegerProperty(this, "textSize");
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion");
    private final SupportSettingsViewModel support;

    /**
     * @param settings the window's settings; a change here restyles the window at once and is written behind it
     * @param support  the open journal's support contacts and helplines
     */
    public SettingsViewModel(SettingsKeeper settings, Executor ui, Path journalFile, List<FaqEntry> faq,
                             SupportService support) {
        this.settings = settings;
        this.journalFile = journalFile;
        this.faq = List.copyOf(faq);
        theme.set(settings.current().theme());
        textSize.set(settings.current().textSize());
        theme.addListener((obs, old, chosen) -> settings.change(current -> current.withTheme(chosen)));
        textSize.addListener((obs, old, size) -> settings.change(current -> current.withTextSize(size.intValue())));
        reducedMotion.set(settings.current().reducedMotion());
        reducedMotion.addListener((obs, old, reduced) -> settings.change(current -> current.withReducedMotion(reduced)));
        this.support = new SupportSettingsViewModel(support, settings.current().regionOrGuess(Locale.getDefault()),
                regionId -> settings.change(current -> current.withRegion(regionId)), ui);
    }

    /** The Support section: region, the person's own contacts, helplines. */
    public SupportSettingsViewModel support() {
        return support;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Whether moving guides keep still and say their rhythm in words instead. */
    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    /** Why the last change could not be kept for next time; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return settings.problemProperty();
    }

    public String journalLocation() {
        return journalFile.toString();
    }

    public List<FaqEntry> faq() {
        return faq;
    }

}
