package app.groundwork.service;

import app.groundwork.content.ContentLibrary;
import app.groundwork.store.Backups;
import app.groundwork.store.Database;
import app.groundwork.store.JournalDamagedException;
import app.groundwork.store.JournalFiles;
import app.groundwork.store.JournalLockedException;
import app.groundwork.store.JournalPassphraseException;
import app.groundwork.store.JournalTooNewException;
import app.groundwork.store.StoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Opens a journal on the journal's own executor and says plainly how it went. */
public final class JournalOpener {
    private final ContentLibrary content;
    private final Clock clock;

    /** {@code content} may be null when the opener is only used to restore a backup. */
    public JournalOpener(ContentLibrary content, Clock clock) {
        this.content = content;
        this.clock = clock;
    }

    /** Opens on {@code journalExecutor}, the one thread that will use the connection from then on. */
    public CompletableFuture<OpenOutcome> open(Path dataDir, Executor journalExecutor) {
        return CompletableFuture.supplyAsync(() -> openHere(dataDir, journalExecutor), journalExecutor);
    }

    /** Opens on the calling thread, which must be {@code journalExecutor}'s (or the executor runs work directly). */
    public OpenOutcome openHere(Path dataDir, Executor journalExecutor) {
        return openHere(dataDir, journalExecutor, null);
    }

    /**
     * Opens on the calling thread with the passphrase an encrypted journal needs ({@code null} when none was given).
     */
    public OpenOutcome openHere(Path dataDir, Executor journalExecutor, String passphrase) {
        Path file = new JournalFiles(dataDir).database();
        try {
            return new OpenOutcome.Opened(new JournalSession(Database.open(dataDir, journalExecutor, clock, passphrase),
                    content, clock));
        } catch (JournalPassphraseException e) {
            return new OpenOutcome.NeedsPassphrase(e.file(), e.passphraseGiven());
        } catch (JournalLockedException e) {
            return new OpenOutcome.Locked(e.file());
        } catch (JournalDamagedException e) {
            return new OpenOutcome.Damaged(e.file(), e.newestBackup(), e.getMessage());
        } catch (JournalTooNewException e) {
            return new OpenOutcome.TooNew(e.file(), e.version());
        } catch (StoreException e) {
            return new OpenOutcome.Failed(file, e.getMessage());
        }
    }

    /**
     * Replaces a damaged journal with a backup: the damaged file is renamed beside it, never written to.
     *
     * @return where the damaged file was moved
     */
    public Path restoreOverDamaged(Path dataDir, Path backup) throws IOException {
        return new Backups(new JournalFiles(dataDir), clock).restoreOverDamaged(backup);
    }
}
