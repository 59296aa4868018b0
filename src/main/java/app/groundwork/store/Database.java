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
    /** The copy a passphrase change builds beside the journal before it takes the journal's place. */
    static final String REKEY_SUFFIX = ".rekey";

    private final JournalFiles files;
    private Connection connection;
    /** The passphrase the file is encrypted with, or {@code null} for a plain journal. */
    private String passphrase;
    private final JournalLock lock;
    private final Executor executor;
    private final Backups backups;
    /** Set once the connection is closed (also by a restore), so later work fails plainly instead of reaching it. */
    private volatile boolean closed;

    private Database(JournalFiles files, Connection connection, String passphrase, JournalLock lock, Executor executor,
                     Backups backups) {
        this.files = files;
        this.connection = connection;
        this.passphrase = passphrase;
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
        return open(dataDir, executor, clock, null);
    }

    /**
     * Opens the journal as {@link #open(Path, Executor, Clock)} does, with the passphrase an encrypted journal needs
     * ({@code null} when none was given; it is not used for a plain journal).
     *
     * @throws JournalPassphraseException the journal is encrypted and the passphrase is missing or does not open it
     */
    public static Database open(Path dataDir, Executor executor, Clock clock, String passphrase) {
        JournalFiles files = new JournalFiles(dataDir);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException(dataDir, "cannot create the data folder " + dataDir, e);
        }
        Backups backups = new Backups(files, clock);
        JournalLock lock = JournalLock.acquire(files.lock(), files.database());
        try {
            // a passphrase change cut short leaves its unfinished copy; the journal itself is whole
            Files.deleteIfExists(files.sidecar(REKEY_SUFFIX));
            boolean encrypted = Cipher.isEncrypted(files.database());
            if (encrypted && passphrase == null) {
                throw new JournalPassphraseException(files.database(), false);
            }
            String key = encrypted ? passphrase : null;
            backups.usePassphrase(key);
            checkIntegrity(files, backups, key);
            Connection connection = Sqlite.openReadWrite(files.database(), key);
            try {
                migrate(connection, files, backups);
                purgeDeleted(connection);
                return new Database(files, connection, key, lock, executor, backups);
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
    private static void checkIntegrity(JournalFiles files, Backups backups, String passphrase) {
        Path file = files.database();
        if (!Files.exists(file)) {
            return;
        }
        List<String> problems;
        try (Connection check = Sqlite.openReadOnly(file, passphrase)) {
            problems = Sqlite.quickCheck(check);
        } catch (SQLException e) {
            if (passphrase != null && Cipher.notADatabase(e)) {
                throw new JournalPassphraseException(file, true);
            }
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

    /** Whether the journal is encrypted with a passphrase. */
    public CompletableFuture<Boolean> isEncrypted() {
        return submit(connection -> passphrase != null);
    }

    /** Whether {@code candidate} is the journal's passphrase: asked again before the passphrase is changed or removed. */
    public CompletableFuture<Boolean> passphraseIs(String candidate) {
        return submit(connection -> passphrase != null && passphrase.equals(candidate));
    }

    /**
     * Encrypts the journal with {@code newPassphrase}, changes its passphrase, or with {@code null} makes it plain
     * again; its backups follow. Safe to cut short at any moment: the new file is built beside the journal as a copy,
     * re-keyed, opened with the new passphrase and compared with the journal table by table, and only then renamed
     * over it in one step. Until that rename the journal opens with the old passphrase, after it with the new one.
     */
    public CompletableFuture<Void> changePassphrase(String newPassphrase) {
        return submit(connection -> {
            try {
                rekey(newPassphrase, step -> { });
            } catch (IOException e) {
                throw new SQLException("cannot change the passphrase: " + e.getMessage(), e);
            }
            return null;
        });
    }

    /** The re-keying itself, with a hook at each step so tests can stop the process there. */
    void rekey(String newPassphrase, java.util.function.Consumer<String> step) throws SQLException, IOException {
        if (newPassphrase != null && newPassphrase.isEmpty()) {
            throw new IllegalArgumentException("a passphrase has at least one character");
        }
        Path next = files.sidecar(REKEY_SUFFIX);
        Files.deleteIfExists(next);
        try {
            Sqlite.vacuumInto(connection, next);
            step.accept("copied");
            Cipher.rekey(next, passphrase, newPassphrase);
            step.accept("rekeyed");
            try (Connection check = Sqlite.openReadOnly(next, newPassphrase)) {
                List<String> problems = Sqlite.quickCheck(check);
                if (!problems.isEmpty()) {
                    throw new SQLException("the re-keyed copy failed its check: " + problems.get(0));
                }
                for (String table : Sqlite.tables(connection)) {
                    if (Sqlite.count(connection, table) != Sqlite.count(check, table)) {
                        throw new SQLException("the re-keyed copy lost rows of " + table);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            // the journal is untouched; the unfinished copy goes
            Files.deleteIfExists(next);
            throw e;
        }
        step.accept("verified");
        try (Statement checkpoint = connection.createStatement()) {
            checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        connection.close();
        step.accept("closed");
        for (String suffix : List.of("-wal", "-shm")) {
            Path sidecar = files.sidecar(suffix);
            if (Files.exists(sidecar) && Files.size(sidecar) > 0 && "-wal".equals(suffix)) {
                connection = Sqlite.openReadWrite(files.database(), passphrase);
                throw new SQLException("the journal's write-ahead log could not be emptied; nothing was changed");
            }
            Files.deleteIfExists(sidecar);
        }
        Backups.moveIntoPlace(next, files.database());
        step.accept("renamed");
        String oldPassphrase = passphrase;
        passphrase = newPassphrase;
        backups.usePassphrase(newPassphrase);
        connection = Sqlite.openReadWrite(files.database(), newPassphrase);
        step.accept("reopened");
        backups.rekeyAll(oldPassphrase, newPassphrase);
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
