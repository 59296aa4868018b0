package app.groundwork.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A self-assessment kept in the journal: its entry id, when it was taken, and its score. */
public record SavedAssessment(long entryId, LocalDate date, LocalTime time, AssessmentScore score) {
    public SavedAssessment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(score, "score");
    }

    public Instrument instrument() {
        return score.instrument();
    }
}
