package app.groundwork.content;

/**
 * A calm description of one part of an instrument's score range, inclusive at both ends. It describes the score,
 * never the person, and says that a score is information, not a diagnosis.
 *
 * @param band  for PHQ-9 and GAD-7, the published band this range is (its bounds equal the band's); {@code null}
 *              for scales without bands
 * @param label a few words naming the range, for example {@code Mild range}
 * @param text  one to three sentences about a score in this range
 */
public record ScoreRange(Double from, Double to, String band, String label, String text) {
    private static final double ROUNDING = 1e-9;

    public boolean contains(double score) {
        return score >= from - ROUNDING && score <= to + ROUNDING;
    }
}
