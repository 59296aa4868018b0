package app.groundwork.store;

import app.groundwork.domain.BackupInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executor;

/**
 * The open journal: one SQLite connection, used only from one executor. Everything that touches the file goes
 * through {@link #read} or {@link #write}, which hand the work to that executor and return a future, so the
 * JavaFX thread never waits on the disk. Tests pass a direct executor and get the same code synchronously.
 */
public final class Database implements AutoCloseable {
    private final JournalFiles files;
    private final Connection connection;
    private final JournalLock lock;
    private final Executor executor;
    private final Backups backups;
    /** Set once the connection is closed (also by a restore), so later work fails plainly instead of reaching it. */
    private volatile boolean closed;

    private Database(JournalFiles files, Connection connection, JournalLock lock, Executor executor, Backups backups) {
        this.files = files;
        this.connection = connection;
        this.lock = lock;
        this.executor = executor;
        this.backups = backups;
    }

    /**
     * Opens (creating if needed) the journal in {@code dataDir}. Call it on {@code executor}'s thread: the connection
     * then stays on that thread for its whole life.
     *
     * @throws JournalLockedException  another process has it open
     * @throws JournalDamagedException the file failed its integrity check; it was not written to
     * @throws JournalTooNewException  a newer app wrote it; it was not written to
     * @throws StoreException          anything else that stops the journal from opening
     */
    public static Database open(Path dataDir, Executor executor, Clock clock) {
        JournalFiles files = new JournalFiles(dataDir);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(dataDir, "cannot create the data folder " + dataDir, e);
        }
        Backups backups = new Backups(files, clock);
        JournalLock lock = JournalLock.acquire(files.lock(), files.database());
        try {
            checkIntegrity(files, backups);
            Connection connection = Sqlite.openReadWrite(files.database());
            try {
                migrate(connection, files, backups);
                purgeDeleted(connection);
                return new Database(files, connection, lock, executor, backups);
            } catch (SQLException | IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException | IOException e) {
            lock.close();
            throw new StoreException(files.database(), "cannot open the journal " + files.database() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Reads the file without any chance of writing to it; a damaged file is refused before it is opened for writing. */
    private static void checkIntegrity(JournalFiles files, Backups backups) {
        Path file = files.database();
        if (!Files.exists(file)) {
            return;
        }
        List<String> problems;
        try (Connection check = Sqlite.openReadOnly(file)) {
            problems = Sqlite.quickCheck(check);
        } catch (SQLException e) {
            throw new JournalDamagedException(file, e.getMessage(), backups.newest(), e);
        }
        if (!problems.isEmpty()) {
            throw new JournalDamagedException(file, String.join("; ", problems), backups.newest(), null);
        }
    }

    private static void migrate(Connection connection, JournalFiles files, Backups backups) throws SQLException, IOException {
        int version = Sqlite.userVersion(connection);
        if (version > Migrations.latestVersion()) {
            throw new JournalTooNewException(files.database(), version);
        }
        if (version == Migrations.latestVersion()) {
            return;
        }
        // anything already in the file is copied first, whatever its version says
        if (version > 0 || !Sqlite.tables(connection).isEmpty()) {
            backups.create(connection, "before-v" + Migrations.latestVersion());
        }
        Migrations.apply(connection, version);
    }

    /** Entries deleted in an earlier session can no longer be undone, so they go for good now. */
    private static void purgeDeleted(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM entry_fts WHERE rowid IN (SELECT id FROM entry WHERE deleted_at IS NOT NULL)");
            statement.executeUpdate("DELETE FROM entry WHERE deleted_at IS NOT NULL");
        }
    }

    public Path file() {
        return files.database();
    }

    public Backups backups() {
        return backups;
    }

    /** Takes the day's rolling backup if none was taken today. Returns the new copy, or empty when none was due. */
    public CompletableFuture<Optional<Path>> backUpIfDue() {
        return submit(connection -> {
            if (!backups.dailyCopyDue()) {
                return Optional.empty();
            }
            try {
                return Optional.of(backups.create(connection, "daily"));
            } catch (IOException e) {
                throw new SQLException("cannot write the backup: " + e.getMessage(), e);
            }
        });
    }

    /**
     * Puts a copy in place of the journal, after every piece of work already queued. The copy is checked first (see
     * {@code Backups.checkRestorable}); a refused copy changes nothing and the journal stays open. Otherwise the copy
     * is written beside the journal and verified, a verified {@code before-restore} copy of the journal as it is now
     * is taken, the connection is closed, and the checked copy is renamed over the journal while this process still
     * holds the lock, so the journal file is always either the old journal or the new one. From then on, whether or
     * not that all went through, this Database is closed: open the journal again to go on.
     *
     * @return the copy of the journal as it was before
     */
    CompletableFuture<BackupInfo> replaceWith(Path copy) {
        return submit(connection -> {
            backups.checkRestorable(copy);
            try {
                backups.prepareRestore(copy);
                Path before = backups.create(connection, Backups.BEFORE_RESTORE);
                closed = true;
                connection.close();
                backups.putInPlace();
                return backups.describe(before);
            } catch (IOException e) {
                throw new SQLException("cannot put the copy in place: " + e.getMessage(), e);
            } finally {
                closed = true;
                connection.close();
                lock.close();
            }
        });
    }

    /** Runs read-only work on the journal's thread. */
    <T> CompletableFuture<T> read(SqlWork<T> work) {
        return submit(work);
    }

    /** Runs work in one transaction on the journal's thread: all of it is stored, or none of it. */
    <T> CompletableFuture<T> write(SqlWork<T> work) {
        return submit(connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /**
     * Hands work to the journal's thread. Work asked for after the journal closed (a search typed just before the
     * window shut, say) gets a failed future, like any other failure, rather than an exception on the caller's thread.
     */
    private <T> CompletableFuture<T> submit(SqlWork<T> work) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                if (closed) {
                    throw new CompletionException(new StoreException(files.database(), "the journal is closed", null));
                }
                try {
                    return work.run(connection);
                } catch (SQLException e) {
                    throw new CompletionException(new StoreException(files.database(), e.getMessage(), e));
                }
            }, executor);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new StoreException(files.database(), "the journal is closed", closed));
        }
    }

    /** Closes the connection (checkpointing the WAL) and releases the lock. Call on the journal's thread. */
    @Override
    public void close() {
        closed = true;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the WAL is replayed at the next open; nothing is lost
        } finally {
            lock.close();
        }
    }
}
