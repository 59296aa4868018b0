package app.groundwork.store;

import java.nio.file.Path;

/** Another Groundwork process has this journal open. */
public final class JournalLockedException extends StoreException {
    public JournalLockedException(Path file) {
        super(file, "journal is open in another Groundwork process: " + file, null);
    }
}
