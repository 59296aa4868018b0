package app.groundwork.ui.data;

import app.groundwork.Messages;
import app.groundwork.domain.BackupInfo;
import app.groundwork.domain.BackupRefusedException;
import app.groundwork.service.BackupService;
import app.groundwork.ui.common.Failures;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The copies of the journal in Settings → Data: the list (when, size, entries, why kept), a copy made now, and a copy
 * restored after a yes. Nothing is read until {@link #refresh()}, so building Settings never touches the disk. A
 * restore closes the open journal; the model then runs {@code reopenJournal}, which the window answers by opening
 * the journal again with its usual open flow.
 */
public final class BackupsViewModel {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.getDefault());

    private final BackupService backups;
    private final Runnable reopenJournal;
    private final Executor ui;

    private final ObservableList<BackupInfo> copies = FXCollections.observableArrayList();
    // kept here: a view made per call is only weakly tied to its list, so a listener on it could stop hearing changes
    private final ObservableList<BackupInfo> copiesView = FXCollections.unmodifiableObservableList(copies);
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded", false);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ObjectProperty<BackupInfo> restoreAsked = new SimpleObjectProperty<>(this, "restoreAsked");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    /**
     * @param reopenJournal run on the UI thread after a restore (and after a restore that stopped part-way, which
     *                      also closes the journal), to open the journal again
     * @param ui            the JavaFX thread's executor ({@code Runnable::run} in tests)
     */
    public BackupsViewModel(BackupService backups, Runnable reopenJournal, Executor ui) {
        this.backups = backups;
        this.reopenJournal = reopenJournal;
        this.ui = ui;
    }

    // ---- state ------------------------------------------------------------------------------------------------

    /** The copies, newest first. */
    public ObservableList<BackupInfo> copies() {
        return copiesView;
    }

    /** True once the list has been read, so "no copies yet" is not shown before it is known. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** True while a copy is made or restored; the buttons wait meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The copy the person asked to restore, waiting for a yes; null otherwise. */
    public ReadOnlyObjectProperty<BackupInfo> restoreAskedProperty() {
        return restoreAsked;
    }

    /** What just happened, in a calm sentence; empty when there is nothing to say. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** What went wrong, in plain words; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** The folder the copies are kept in, to show as text a person can select and copy. */
    public String folder() {
        return backups.folder().toString();
    }

    // ---- words ------------------------------------------------------------------------------------------------

    /** When the copy was taken, in the person's own date and time style. */
    public static String when(BackupInfo copy) {
        return WHEN.format(copy.takenAt());
    }

    /** "340 KB", "12.5 MB". */
    public static String size(BackupInfo copy) {
        long bytes = copy.sizeBytes();
        if (bytes < 1024L * 1024) {
            return Messages.get("backups.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return Messages.get("backups.size.mb", bytes / (1024.0 * 1024.0));
    }

    /** "one entry", "2,310 entries", or a plain note that the copy could not be read. */
    public static String entries(BackupInfo copy) {
        return copy.entries().isPresent() ? Messages.get("backups.entries", copy.entries().getAsInt())
                : Messages.get("backups.entries.unknown");
    }

    /** Why the copy was kept: daily, weekly, before an update, made by you, before a restore. */
    public static String kind(BackupInfo copy) {
        return Messages.get("backups.kind." + copy.kind().name());
    }

    // ---- commands ---------------------------------------------------------------------------------------------

    /** Reads the list of copies. */
    public CompletableFuture<Void> refresh() {
        return backups.list().handleAsync((list, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.backups.load"));
                return null;
            }
            show(list);
            return null;
        }, ui);
    }

    /** Makes a verified copy in the backups folder now; it appears at the top of the list. */
    public CompletableFuture<Void> makeCopy() {
        if (busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        status.set("");
        problem.set("");
        return backups.backUpNow().thenCompose(made -> backups.list().thenApply(list -> new Made(made, list)))
                .handleAsync((done, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        problem.set(Failures.describe(failure, "action.backups.copy"));
                        return null;
                    }
                    show(done.list());
                    status.set(Messages.get("backups.made", when(done.copy())));
                    return null;
                }, ui);
    }

    /** A copy just made, with the list it now belongs to. */
    private record Made(BackupInfo copy, List<BackupInfo> list) {
    }

    /** Asks before restoring: {@link #restoreAskedProperty()} holds the copy until the person answers. */
    public void askToRestore(BackupInfo copy) {
        status.set("");
        problem.set("");
        restoreAsked.set(copy);
    }

    /** "Not now": nothing happens. */
    public void keepJournal() {
        restoreAsked.set(null);
    }

    /**
     * Restores the copy asked about: the journal as it is now is kept as a copy first, then the chosen copy takes its
     * place and the journal is opened again. A copy that cannot be used is refused with the reason, and the journal
     * stays as it is, open.
     */
    public CompletableFuture<Void> confirmRestore() {
        BackupInfo copy = restoreAsked.get();
        restoreAsked.set(null);
        if (copy == null || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        status.set(Messages.get("backups.restoring"));
        problem.set("");
        return backups.restore(copy.file()).handleAsync((kept, failure) -> {
            busy.set(false);
            status.set("");
            Throwable cause = failure == null ? null : Failures.unwrap(failure);
            if (cause instanceof BackupRefusedException refused) {
                problem.set(Messages.get("backups.refused", Messages.get("backup.refused." + refused.reason().name(), refused.file())));
                return null;
            }
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.backups.restore"));
            } else {
                status.set(Messages.get("backups.restored", when(copy)));
            }
            // the journal was closed to be replaced (or on the way there): open it again either way
            reopenJournal.run();
            return null;
        }, ui);
    }

    private void show(List<BackupInfo> list) {
        copies.setAll(list);
        loaded.set(true);
        problem.set("");
    }
}
