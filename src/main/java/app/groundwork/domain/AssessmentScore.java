package app.groundwork.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one self-assessment, scored by the instrument's published rules. It describes a score, never the
 * person, and it is information rather than a diagnosis.
 *
 * @param answers the raw ratings as the person gave them, item 1 first (reversals are not applied here)
 * @param score   WHO-5 0–100, PHQ-9 0–27, GAD-7 0–21, RSES 0–30 (whole numbers); SCS-SF the mean, 1.0–5.0
 * @param band    the id of the published band ({@code minimal}, {@code mild}, {@code moderate},
 *                {@code moderately-severe}, {@code severe}) for PHQ-9 and GAD-7; empty for the other scales
 * @param safety  flagged by answer when PHQ-9 item 9 is above 0, so the support panel can be offered; otherwise
 *                {@link SafetyCheck#CLEAR}
 */
public record AssessmentScore(Instrument instrument, List<Integer> answers, double score, Optional<String> band,
                              SafetyCheck safety) {
    public AssessmentScore {
        Objects.requireNonNull(instrument, "instrument");
        answers = List.copyOf(answers);
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(safety, "safety");
    }

    /** The score as shown: {@code 64} for sum scales, {@code 3.25} (two decimals, a dot) for the SCS-SF. */
    public String formattedScore() {
        return formattedScore(instrument, score, Locale.ROOT);
    }

    /** The same with the decimal sign of {@code locale}, for the app's screens. */
    public String formattedScore(Locale locale) {
        return formattedScore(instrument, score, locale);
    }

    /** The highest possible score as a whole number, for "… of 100": {@code 100}, {@code 27}, {@code 21}, {@code 30} or {@code 5}. */
    public String formattedHighestScore() {
        return String.valueOf(Math.round(instrument.highestScore()));
    }

    static String formattedScore(Instrument instrument, double score, Locale locale) {
        return instrument.scoredAsMean()
                ? String.format(locale, "%.2f", score)
                : String.valueOf(Math.round(score));
    }
}
