package app.groundwork.ui.data;

import app.groundwork.Messages;
import app.groundwork.service.AppSettings;
import app.groundwork.service.PassphraseService;
import app.groundwork.ui.common.Failures;
import app.groundwork.ui.common.SettingsKeeper;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The journal's passphrase in Settings → Data: whether one is set; setting one (typed twice, after a plain word that
 * without it nobody can open the journal); changing or removing it (after the current one); how long the window may
 * sit idle before it locks; and locking now. The typed passphrases are cleared after every attempt that went through.
 */
public final class PassphraseViewModel {
    private final PassphraseService passphrase;
    private final SettingsKeeper settings;
    private final Runnable lockNow;
    private final Executor ui;

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper set = new ReadOnlyBooleanWrapper(this, "set");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty chosen = new SimpleStringProperty(this, "chosen", "");
    private final StringProperty repeated = new SimpleStringProperty(this, "repeated", "");
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty(this, "autoLockMinutes");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param lockNow closes the journal and shows the unlock screen; run on the UI thread
     * @param ui      the JavaFX thread's executor ({@code Runnable::run} in tests)
     */
    public PassphraseViewModel(PassphraseService passphrase, SettingsKeeper settings, Runnable lockNow, Executor ui) {
        this.passphrase = Objects.requireNonNull(passphrase);
        this.settings = Objects.requireNonNull(settings);
        this.lockNow = Objects.requireNonNull(lockNow);
        this.ui = Objects.requireNonNull(ui);
        autoLockMinutes.set(settings.current().autoLockMinutes());
        autoLockMinutes.addListener((obs, old, minutes) -> {
            if (minutes.intValue() != settings.current().autoLockMinutes()) {
                settings.change(now -> now.withAutoLockMinutes(minutes.intValue()));
            }
        });
    }

    /** True once {@link #refresh()} has read whether a passphrase is set. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether the journal has a passphrase. */
    public ReadOnlyBooleanProperty setProperty() {
        return set.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The current passphrase, asked for again before changing or removing it. */
    public StringProperty currentProperty() {
        return current;
    }

    /** The new passphrase. */
    public StringProperty chosenProperty() {
        return chosen;
    }

    /** The new passphrase, typed again. */
    public StringProperty repeatedProperty() {
        return repeated;
    }

    /** Minutes idle before the window locks the journal; 0 for never. One of {@link AppSettings#AUTO_LOCK_CHOICES}. */
    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public static List<Integer> autoLockChoices() {
        return AppSettings.AUTO_LOCK_CHOICES;
    }

    /** "After 10 minutes", or "Never". */
    public static String autoLockText(int minutes) {
        return minutes == 0 ? Messages.get("data.lock.never") : Messages.get("data.lock.after", minutes);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads whether a passphrase is set. */
    public CompletableFuture<Void> refresh() {
        return passphrase.isSet().handleAsync((encrypted, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "data.passphrase.action.read"));
                return null;
            }
            set.set(encrypted);
            loaded.set(true);
            return null;
        }, ui);
    }

    /** Encrypts the journal with the new passphrase, typed twice. */
    public CompletableFuture<Void> setPassphrase() {
        return run(passphrase.set(chosen.get(), repeated.get()), "data.passphrase.done.set", true, "data.passphrase.action.set");
    }

    /** Changes the passphrase, after the current one. */
    public CompletableFuture<Void> change() {
        return run(passphrase.change(current.get(), chosen.get(), repeated.get()), "data.passphrase.done.changed", true,
                "data.passphrase.action.change");
    }

    /** Makes the journal plain again, after the current passphrase. */
    public CompletableFuture<Void> remove() {
        return run(passphrase.remove(current.get()), "data.passphrase.done.removed", false, "data.passphrase.action.remove");
    }

    /** Closes the journal now and shows the unlock screen; only with a passphrase set. */
    public void lockNow() {
        if (set.get()) {
            lockNow.run();
        }
    }

    private CompletableFuture<Void> run(CompletableFuture<Void> work, String doneKey, boolean encryptedAfter, String actionKey) {
        if (busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        problem.set("");
        status.set(Messages.get("data.passphrase.working"));
        return work.handleAsync((done, failure) -> {
            busy.set(false);
            if (failure != null) {
                status.set("");
                problem.set(Failures.describe(failure, actionKey));
                return null;
            }
            current.set("");
            chosen.set("");
            repeated.set("");
            set.set(encryptedAfter);
            status.set(Messages.get(doneKey));
            return null;
        }, ui);
    }
}
