package app.groundwork.store;

import java.nio.file.Path;
import java.util.Optional;

/** The journal file failed its integrity check. It has not been written to. */
public final class JournalDamagedException extends StoreException {
    private final transient Optional<Path> newestBackup;

    public JournalDamagedException(Path file, String detail, Optional<Path> newestBackup, Throwable cause) {
        super(file, detail, cause);
        this.newestBackup = newestBackup;
    }

    public Optional<Path> newestBackup() {
        return newestBackup;
    }
}
