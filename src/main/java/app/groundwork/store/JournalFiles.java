package app.groundwork.store;

import java.nio.file.Path;

/** Where a journal keeps its files inside its data folder. */
public record JournalFiles(Path dataDir) {
    public Path database() {
        return dataDir.resolve("journal.db");
    }

    public Path lock() {
        return dataDir.resolve("journal.lock");
    }

    public Path backups() {
        return dataDir.resolve("backups");
    }

    Path sidecar(String suffix) {
        return dataDir.resolve("journal.db" + suffix);
    }
}
