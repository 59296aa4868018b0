package app.groundwork.domain.transfer;

/**
 * The full-text row of an entry brought in: what search reads ({@code body}) and the words it finds the entry by
 * besides (its labels), worked out as the app does when the entry is first written.
 */
@FunctionalInterface
public interface EntryIndexer {
    /** What search reads of an entry and the words it is found by. */
    record IndexText(String body, String labels) {
    }

    /** @param goal the goal of a goal outcome; {@code null} for other kinds */
    IndexText index(ArchivedEntry entry, ArchivedGoal goal);
}
