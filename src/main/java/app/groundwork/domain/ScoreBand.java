package app.groundwork.domain;

/**
 * One published severity band of a scale, inclusive at both ends, for example PHQ-9 {@code mild} 5–9. The id names
 * the range of the score; it is never a label for the person.
 */
public record ScoreBand(String id, int from, int to) {
    public static final String MINIMAL = "minimal";
    public static final String MILD = "mild";
    public static final String MODERATE = "moderate";
    public static final String MODERATELY_SEVERE = "moderately-severe";
    public static final String SEVERE = "severe";

    public ScoreBand {
        if (from > to) {
            throw new IllegalArgumentException("band " + id + " runs backwards: " + from + "–" + to);
        }
    }

    public boolean contains(double score) {
        return score >= from && score <= to;
    }
}
