package app.groundwork.service;

import java.nio.file.Path;
import java.util.Optional;

/** How opening a journal went. Every case but {@link Opened} leaves the journal file untouched. */
public sealed interface OpenOutcome {
    /** The journal is open and ready. */
    record Opened(JournalSession session) implements OpenOutcome {
    }

    /** Another Groundwork window or command has this journal open. */
    record Locked(Path file) implements OpenOutcome {
    }

    /** The journal is encrypted; {@code tried} is true when a passphrase was given and did not open it. */
    record NeedsPassphrase(Path file, boolean tried) implements OpenOutcome {
    }

    /** The file failed its integrity check; {@code newestBackup} is the copy that could replace it. */
    record Damaged(Path file, Optional<Path> newestBackup, String detail) implements OpenOutcome {
    }

    /** A newer version of Groundwork wrote this journal. */
    record TooNew(Path file, int schemaVersion) implements OpenOutcome {
    }

    /** Anything else, for example a folder that cannot be written to. */
    record Failed(Path file, String reason) implements OpenOutcome {
    }
}
