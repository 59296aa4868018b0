package app.groundwork.domain.transfer;

import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.Reframe;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One journal entry as an export carries it: what every kind shares (day, time, note, tags, when it was first saved
 * and last changed) and the one part that belongs to its kind. A plain note ({@link EntryType#NOTE}) has no such part.
 *
 * @param checkIn    for a check-in, everything it says (its day, time, note and tags are the entry's)
 * @param reframe    for a thought record, the whole record, with id 0
 * @param outcome    for a goal outcome, the outcome and the key of its goal in the same archive
 * @param assessment for a self-assessment, the instrument and the answers as given
 * @param practice   for a practice, the response with its answers, with entry id 0
 */
public record ArchivedEntry(EntryType type, LocalDate date, LocalTime time, String note, List<String> tags,
                            Instant createdAt, Instant updatedAt, CheckInContent checkIn, Reframe reframe,
                            ArchivedOutcome outcome, ArchivedAssessment assessment, PracticeResponse practice) {
    public ArchivedEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        time = time.truncatedTo(ChronoUnit.MINUTES);
        note = note == null ? "" : note;
        tags = List.copyOf(tags);
        int parts = (checkIn == null ? 0 : 1) + (reframe == null ? 0 : 1) + (outcome == null ? 0 : 1)
                + (assessment == null ? 0 : 1) + (practice == null ? 0 : 1);
        EntryType partType = checkIn != null ? EntryType.CHECKIN : reframe != null ? EntryType.REFRAME
                : outcome != null ? EntryType.GOAL : assessment != null ? EntryType.ASSESSMENT
                : practice != null ? EntryType.PRACTICE : EntryType.NOTE;
        if (parts > 1 || partType != type) {
            throw new IllegalArgumentException("a " + type.id() + " entry needs its own part and no other");
        }
    }

    public static ArchivedEntry checkIn(CheckInContent content, Instant createdAt, Instant updatedAt) {
        return new ArchivedEntry(EntryType.CHECKIN, content.date(), content.time(), content.note(), content.tags(),
                createdAt, updatedAt, content, null, null, null, null);
    }

    public static ArchivedEntry reframe(Reframe record, List<String> tags, Instant createdAt, Instant updatedAt) {
        Reframe unnumbered = new Reframe(0, record.date(), record.time(), record.content(), record.step(),
                record.finishedAt(), record.followUp());
        return new ArchivedEntry(EntryType.REFRAME, record.date(), record.time(), record.content().thought(), tags,
                createdAt, updatedAt, null, unnumbered, null, null, null);
    }

    public static ArchivedEntry outcome(LocalDate date, LocalTime time, String note, List<String> tags, ArchivedOutcome outcome,
                                        Instant createdAt, Instant updatedAt) {
        return new ArchivedEntry(EntryType.GOAL, date, time, note, tags, createdAt, updatedAt, null, null, outcome, null, null);
    }

    public static ArchivedEntry assessment(LocalDate date, LocalTime time, List<String> tags, ArchivedAssessment assessment,
                                           Instant createdAt, Instant updatedAt) {
        return new ArchivedEntry(EntryType.ASSESSMENT, date, time, "", tags, createdAt, updatedAt, null, null, null,
                assessment, null);
    }

    public static ArchivedEntry practice(PracticeResponse response, List<String> tags, Instant createdAt, Instant updatedAt) {
        return new ArchivedEntry(EntryType.PRACTICE, response.date(), response.time(), response.answerText(), tags,
                createdAt, updatedAt, null, null, null, null, response.withEntryId(0));
    }

    /** A plain note: words, tags and a moment, nothing else. */
    public static ArchivedEntry note(LocalDate date, LocalTime time, String note, List<String> tags, Instant createdAt,
                                     Instant updatedAt) {
        return new ArchivedEntry(EntryType.NOTE, date, time, note, tags, createdAt, updatedAt, null, null, null, null, null);
    }
}
