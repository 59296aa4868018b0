package app.groundwork.domain;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.OptionalInt;

/**
 * One verified copy of the journal, as a person sees it in the list: when it was taken, how large it is, how many
 * entries it holds (read from the copy itself; empty when the copy could not be read) and why it was kept.
 */
public record BackupInfo(Path file, LocalDateTime takenAt, long sizeBytes, OptionalInt entries, Kind kind) {
    /** Why a copy exists. */
    public enum Kind {
        /** One of the last seven daily copies. */
        DAILY,
        /** An older daily copy kept as the newest copy of its week. */
        WEEKLY,
        /** Taken before the journal was brought up to date by a new version of the app. */
        BEFORE_UPDATE,
        /** Asked for by the person. */
        MANUAL,
        /** The journal as it was just before another copy was put in its place. */
        BEFORE_RESTORE
    }
}
