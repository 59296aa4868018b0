package app.groundwork.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Journal list shows of an assessment entry: which instrument, the score and its band, enough for a line such
 * as "WHO-5 · 64 of 100" (worded by the app's messages, not here).
 */
public record AssessmentSummary(Instrument instrument, double score, Optional<String> band) {
    public AssessmentSummary {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(band, "band");
    }

    public static AssessmentSummary of(AssessmentScore score) {
        return new AssessmentSummary(score.instrument(), score.score(), score.band());
    }

    /** {@code 64}, or {@code 3.25} for the SCS-SF. */
    public String formattedScore() {
        return AssessmentScore.formattedScore(instrument, score, Locale.ROOT);
    }

    /** {@code 100}, {@code 27}, {@code 21}, {@code 30} or {@code 5.00}. */
    public String formattedHighestScore() {
        return AssessmentScore.formattedScore(instrument, instrument.highestScore(), Locale.ROOT);
    }
}
