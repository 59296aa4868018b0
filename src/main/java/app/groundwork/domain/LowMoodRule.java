package app.groundwork.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When Today suggests talking to a professional: mood has stayed low for about two weeks, or a recent PHQ-9 came to
 * 10 or more. One low day is not a pattern, so the mood rule needs check-ins on several different days.
 */
public final class LowMoodRule {
    /** The window the mean mood is taken over, in days including today. */
    public static final int WINDOW_DAYS = 14;
    /** A mean mood at or below this, on the 1–10 scale, counts as persistently low. */
    public static final double LOW_MEAN_MOOD = 3.0;
    /** Days with a check-in the window needs before its mean says anything. */
    public static final int FEWEST_DAYS = 3;
    /** A PHQ-9 total at or above this brings the suggestion while it is recent. */
    public static final int PHQ9_THRESHOLD = 10;
    /** How long a PHQ-9 result counts as recent. */
    public static final int PHQ9_RECENT_DAYS = 14;
    /** How long "hide for a week" hides the suggestion. */
    public static final int HIDDEN_DAYS = 7;

    /** Why the suggestion shows. */
    public enum Reason { LOW_MOOD, PHQ9 }

    private LowMoodRule() {
    }

    /**
     * @param days       day summaries of the last {@link #WINDOW_DAYS} days (days without a check-in have no mean)
     * @param recentPhq9 the latest PHQ-9 total taken within {@link #PHQ9_RECENT_DAYS} days, if any
     */
    public static Optional<Reason> check(List<DaySummary> days, OptionalInt recentPhq9) {
        if (recentPhq9.isPresent() && recentPhq9.getAsInt() >= PHQ9_THRESHOLD) {
            return Optional.of(Reason.PHQ9);
        }
        List<Double> means = days.stream().map(DaySummary::meanMood).filter(Objects::nonNull).toList();
        if (means.size() < FEWEST_DAYS) {
            return Optional.empty();
        }
        double total = 0;
        for (double dayMean : means) {
            total += dayMean;
        }
        double mean = total / means.size();
        return mean <= LOW_MEAN_MOOD ? Optional.of(Reason.LOW_MOOD) : Optional.empty();
    }
}
