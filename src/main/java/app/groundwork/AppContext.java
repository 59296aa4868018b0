package app.groundwork;

import app.groundwork.content.ContentException;
import app.groundwork.content.ContentLibrary;
import app.groundwork.service.AppSettings;
import app.groundwork.service.JournalOpener;
import app.groundwork.service.JournalSession;
import app.groundwork.service.OpenOutcome;
import app.groundwork.service.SettingsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The composition root: the data folder, the clock, the one journal thread and the settings file, wired by plain
 * constructors. The app window and the command line both start here.
 */
public final class AppContext {
    /** What the window needs once the journal is open (or could not be). */
    public record Ready(ContentLibrary content, OpenOutcome outcome) {
    }

    private final Path dataDir;
    private final Clock clock;
    private final ExecutorService journalThread;
    private final SettingsFile settingsFile;
    private final AppSettings initialSettings;

    public AppContext(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.journalThread = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "groundwork-journal");
            thread.setDaemon(true);
            return thread;
        });
        this.settingsFile = new SettingsFile(dataDir);
        this.initialSettings = settingsFile.load();
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    /** The one thread that touches the journal file (and the settings file). */
    public ExecutorService journalThread() {
        return journalThread;
    }

    public SettingsFile settingsFile() {
        return settingsFile;
    }

    public AppSettings initialSettings() {
        return initialSettings;
    }

    /** Loads the guidance content and opens the journal, both on the journal thread. */
    public CompletableFuture<Ready> open() {
        return open(null);
    }

    /** The same, with the passphrase an encrypted journal needs ({@code null} when none was given). */
    public CompletableFuture<Ready> open(String passphrase) {
        return CompletableFuture.supplyAsync(() -> {
            ContentLibrary content;
            try {
                content = ContentLibrary.loadBundled();
            } catch (ContentException e) {
                return new Ready(null, new OpenOutcome.Failed(dataDir, e.getMessage()));
            }
            return new Ready(content, new JournalOpener(content, clock).openHere(dataDir, journalThread, passphrase));
        }, journalThread);
    }

    /** Puts a backup in place of a damaged journal (the damaged file is kept aside), off the UI thread. */
    public CompletableFuture<Path> restore(Path backup) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new JournalOpener(null, clock).restoreOverDamaged(dataDir, backup);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, journalThread);
    }

    /** Closes the journal after every queued write and keeps the journal thread, so it can be opened again (a lock). */
    public CompletableFuture<Void> closeSession(JournalSession session) {
        return session == null ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(session::close, journalThread);
    }

    /** Closes the journal after every queued write, then stops the journal thread. */
    public CompletableFuture<Void> close(JournalSession session) {
        CompletableFuture<Void> closed = session == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(session::close, journalThread);
        return closed.whenComplete((done, failure) -> journalThread.shutdown());
    }
}
