package app.groundwork.service;

import app.groundwork.domain.BackupInfo;
import app.groundwork.store.BackupStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The journal's verified copies for Settings → Data and the {@code backup} and {@code restore} commands. Every method
 * runs on the journal's thread after the work already queued. A refusal a person can act on fails the future with
 * {@link app.groundwork.domain.BackupRefusedException}, and then nothing was changed.
 */
public final class BackupService {
    private final BackupStore store;

    BackupService(BackupStore store) {
        this.store = store;
    }

    /** Where the copies are kept, to show as text. */
    public Path folder() {
        return store.folder();
    }

    /** Every copy, newest first: when, how large, how many entries, and why it was kept. */
    public CompletableFuture<List<BackupInfo>> list() {
        return store.list();
    }

    /** Takes a verified copy into the backups folder now; it stays until the person removes it. */
    public CompletableFuture<BackupInfo> backUpNow() {
        return store.copyNow();
    }

    /** Takes a verified copy at {@code file}; refused when the file already exists or its folder does not. */
    public CompletableFuture<BackupInfo> backUpTo(Path file) {
        return store.copyTo(file);
    }

    /**
     * Puts {@code copy} in place of the journal. The copy is checked first (sound, not from a newer version, a
     * Groundwork journal); then a verified copy of the journal as it is now is kept ("before a restore"); then the
     * journal is closed and replaced in one atomic rename. This session is closed afterwards, whether or not the
     * replacement went through: open the journal again (the app's open flow does it) to go on.
     *
     * @return the copy kept of the journal as it was
     */
    public CompletableFuture<BackupInfo> restore(Path copy) {
        return store.restore(copy);
    }
}
