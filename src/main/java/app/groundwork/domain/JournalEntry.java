package app.groundwork.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * One line of the journal, whatever its kind: what the Journal list, search and {@code list --json} show.
 *
 * @param mood       the check-in's mood, {@code null} for other kinds
 * @param excerpt    the note, or the part of it around the search matches, with matches marked
 * @param assessment for assessment entries, the instrument, score and band; {@code null} for other kinds
 * @param reframe    for thought records, the whole record; {@code null} for other kinds
 * @param goal       for goal outcomes, the outcome with its goal; {@code null} for other kinds
 * @param practice   for practice entries (a weekly review's answer), the prompts and answers; {@code null} for other
 *                   kinds
 */
public record JournalEntry(
        long id,
        EntryType type,
        LocalDate date,
        LocalTime time,
        String note,
        List<String> tags,
        Integer mood,
        HighlightedText excerpt,
        AssessmentSummary assessment,
        Reframe reframe,
        GoalMark goal,
        PracticeResponse practice) {

    public JournalEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        note = note == null ? "" : note;
        tags = List.copyOf(tags);
        excerpt = excerpt == null ? HighlightedText.plain(note) : excerpt;
    }

    /** An entry that is not a practice. */
    public JournalEntry(long id, EntryType type, LocalDate date, LocalTime time, String note, List<String> tags,
                        Integer mood, HighlightedText excerpt, AssessmentSummary assessment, Reframe reframe,
                        GoalMark goal) {
        this(id, type, date, time, note, tags, mood, excerpt, assessment, reframe, goal, null);
    }

    /** An entry that is neither a goal outcome nor a practice. */
    public JournalEntry(long id, EntryType type, LocalDate date, LocalTime time, String note, List<String> tags,
                        Integer mood, HighlightedText excerpt, AssessmentSummary assessment, Reframe reframe) {
        this(id, type, date, time, note, tags, mood, excerpt, assessment, reframe, null, null);
    }

    /** An entry that is neither a thought record nor a goal outcome. */
    public JournalEntry(long id, EntryType type, LocalDate date, LocalTime time, String note, List<String> tags,
                        Integer mood, HighlightedText excerpt, AssessmentSummary assessment) {
        this(id, type, date, time, note, tags, mood, excerpt, assessment, null, null, null);
    }

    /** An entry that is neither an assessment nor a thought record. */
    public JournalEntry(long id, EntryType type, LocalDate date, LocalTime time, String note, List<String> tags,
                        Integer mood, HighlightedText excerpt) {
        this(id, type, date, time, note, tags, mood, excerpt, null, null, null, null);
    }

    /** This entry with its thought record attached. */
    public JournalEntry withReframe(Reframe record) {
        return new JournalEntry(id, type, date, time, note, tags, mood, excerpt, assessment, record, goal, practice);
    }

    /** This entry with its goal outcome attached. */
    public JournalEntry withGoal(GoalMark mark) {
        return new JournalEntry(id, type, date, time, note, tags, mood, excerpt, assessment, reframe, mark, practice);
    }

    /** This entry with its practice answers attached. */
    public JournalEntry withPractice(PracticeResponse response) {
        return new JournalEntry(id, type, date, time, note, tags, mood, excerpt, assessment, reframe, goal, response);
    }
}
