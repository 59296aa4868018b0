package app.groundwork.store;

import app.groundwork.domain.BackupInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The open journal's copies, each piece of work run on the journal's thread through its one connection: listing them,
 * taking one now (into the backups folder or to a chosen file), and putting one in place of the journal.
 */
public final class BackupStore {
    private final Database database;

    public BackupStore(Database database) {
        this.database = database;
    }

    /** The folder the copies are kept in. */
    public Path folder() {
        return database.backups().folder();
    }

    /** Every verified copy, newest first, with its entry count read from the copy. */
    public CompletableFuture<List<BackupInfo>> list() {
        return database.read(connection -> database.backups().describe());
    }

    /** A verified copy in the backups folder, asked for by the person. */
    public CompletableFuture<BackupInfo> copyNow() {
        return database.read(connection -> {
            try {
                return database.backups().describe(database.backups().create(connection, Backups.MANUAL));
            } catch (IOException e) {
                throw new SQLException("cannot write the copy: " + e.getMessage(), e);
            }
        });
    }

    /** A verified copy at {@code file}, which must not exist yet; its folder must. */
    public CompletableFuture<BackupInfo> copyTo(Path file) {
        return database.read(connection -> {
            try {
                return database.backups().describe(database.backups().createAt(connection, file));
            } catch (IOException e) {
                throw new SQLException("cannot write the copy " + file + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Puts {@code copy} in place of the journal, keeping the journal as it was as a {@code before-restore} copy first.
     * The journal is closed afterwards; open it again to go on.
     *
     * @return the copy of the journal as it was before
     */
    public CompletableFuture<BackupInfo> restore(Path copy) {
        return database.replaceWith(copy);
    }
}
