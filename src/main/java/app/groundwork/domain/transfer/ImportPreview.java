package app.groundwork.domain.transfer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import would do, shown before anything is written.
 *
 * @param restore    true when the journal is empty, so the import restores it
 * @param toAdd      how many of each kind would be added
 * @param skipped    how many the journal already has and would be left alone
 * @param firstDay   the earliest day among the entries to add; {@code null} when there are none
 * @param lastDay    the latest such day
 * @param firstFew   the first few entries to add, oldest first
 * @param moods      for Daylio, the mood names and their numbers; empty otherwise
 * @param notes      things found that do not stop the import
 */
public record ImportPreview(Path file, ImportFormat format, boolean restore, TransferCounts toAdd,
                           TransferCounts skipped, LocalDate firstDay, LocalDate lastDay, List<ArchivedEntry> firstFew,
                           List<ParsedImport.MoodUse> moods, List<ParsedImport.ImportNote> notes) {
    public ImportPreview {
        firstFew = List.copyOf(firstFew);
        moods = List.copyOf(moods);
        notes = List.copyOf(notes);
    }

    /** Mood names that still need a number before the file can come in. */
    public List<String> unmappedMoods() {
        return moods.stream().filter(mood -> mood.value() == null).map(ParsedImport.MoodUse::name).toList();
    }

    public boolean ready() {
        return unmappedMoods().isEmpty() && toAdd.total() > 0;
    }
}
