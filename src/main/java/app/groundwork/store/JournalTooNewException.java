package app.groundwork.store;

import java.nio.file.Path;

/** The journal was written by a newer Groundwork whose schema this version does not know. Nothing was changed. */
public final class JournalTooNewException extends StoreException {
    private final int version;

    public JournalTooNewException(Path file, int version) {
        super(file, "journal schema version " + version + " is newer than this app knows", null);
        this.version = version;
    }

    public int version() {
        return version;
    }
}
