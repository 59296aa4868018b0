package app.groundwork.domain;

import java.nio.file.Path;

/**
 * A copy was not made, or a file was not put in place of the journal, for a reason a person can act on. Nothing was
 * changed: the journal and any file already at the place asked for are as they were.
 */
public final class BackupRefusedException extends RuntimeException {
    /** Why the file was refused. */
    public enum Reason {
        /** There is no file there. */
        MISSING,
        /** The file is not an SQLite database at all (or cannot be read). */
        NOT_A_DATABASE,
        /** The file is a database but failed its integrity check. */
        DAMAGED,
        /** A newer version of Groundwork wrote it. */
        TOO_NEW,
        /** A sound database, but not a Groundwork journal (it has no entry table). */
        NOT_A_JOURNAL,
        /** The file named is the open journal itself. */
        IS_THE_JOURNAL,
        /** A copy would overwrite a file that is already there. */
        ALREADY_EXISTS,
        /** The folder for the copy does not exist. */
        NO_FOLDER
    }

    private final Path file;
    private final Reason reason;

    public BackupRefusedException(Path file, Reason reason, String detail) {
        super(file + ": " + reason + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"));
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }
}
