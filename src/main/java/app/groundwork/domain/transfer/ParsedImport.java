package app.groundwork.domain.transfer;

import java.util.List;
import java.util.Objects;

/**
 * A file read and understood, before anything is written.
 *
 * @param archive   what it would bring in
 * @param sources   for each entry of the archive, in order, where it came from (a line or an entry number)
 * @param moods     for a Daylio file: every mood name found (as written) with how many rows use it and the number it
 *                  maps to ({@code null} when it has none yet); empty for other formats
 * @param notes     things worth knowing that do not stop the import (an activity renamed to make a tag, say)
 */
public record ParsedImport(JournalArchive archive, List<ImportRefused.Place> sources, List<MoodUse> moods,
                           List<ImportNote> notes) {
    public ParsedImport {
        Objects.requireNonNull(archive, "archive");
        sources = List.copyOf(sources);
        moods = List.copyOf(moods);
        notes = List.copyOf(notes);
    }

    /** A Daylio mood name, how many rows use it, and the number it maps to ({@code null} when unmapped). */
    public record MoodUse(String name, int rows, Integer value) {
    }

    /** Something found in the file that does not stop the import, as a message key with its values and place. */
    public record ImportNote(ImportRefused.Place where, String key, List<Object> args) {
        public ImportNote {
            args = List.copyOf(args);
        }
    }

    public List<String> unmappedMoods() {
        return moods.stream().filter(mood -> mood.value() == null).map(MoodUse::name).toList();
    }

    public static ParsedImport of(JournalArchive archive, List<ImportRefused.Place> sources) {
        return new ParsedImport(archive, sources, List.of(), List.of());
    }

    public ParsedImport withMoods(List<MoodUse> found, List<ImportNote> more) {
        return new ParsedImport(archive, sources, found, more);
    }
}
