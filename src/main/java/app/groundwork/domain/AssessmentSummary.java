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

    /** The same with the decimal sign of {@code locale}, for the app's screens. */
    public String formattedScore(Locale locale) {
        return AssessmentScore.formattedScore(instrument, score, locale);
    }

    /** The highest possible score as a whole number, for "… of 100": {@code 100}, {@code 27}, {@code 21}, {@code 30} or {@code 5}. */
    public String formattedHighestScore() {
        return String.valueOf(Math.round(instrument.highestScore()));
    }
}
