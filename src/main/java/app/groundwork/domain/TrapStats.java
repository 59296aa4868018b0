package app.groundwork.domain;

import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How often one thinking trap was chosen in the thought records of a period, and how much those records eased.
 *
 * @param trap              a catalogue id, or the person's own name for a trap they named themselves
 * @param custom            true when the person named the trap themselves
 * @param count             in how many finished records the trap was chosen
 * @param meanDistressDrop  the mean of {@link ReframeContent#distressDrop()} over those records that have one;
 *                          empty when none has
 * @param meanBeliefDrop    the mean of {@link ReframeContent#beliefDrop()} over those records that have one; empty
 *                          when none has. Negative when the thought was believed more at the end
 */
public record TrapStats(String trap, boolean custom, int count, OptionalDouble meanDistressDrop,
                        OptionalDouble meanBeliefDrop) {

    /**
     * Most often chosen first; among equals, the larger mean belief drop first (a trap with no belief drop comes after
     * every trap with one), then by name, ignoring case, and catalogue traps before named ones.
     */
    public static final Comparator<TrapStats> MOST_FREQUENT_FIRST = Comparator
            .comparingInt(TrapStats::count).reversed()
            .thenComparing(TrapStats::beliefDropOrLowest, Comparator.reverseOrder())
            .thenComparing(TrapStats::trap, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(TrapStats::custom)
            .thenComparing(TrapStats::trap);

    public TrapStats {
        Objects.requireNonNull(trap, "trap");
        Objects.requireNonNull(meanDistressDrop, "meanDistressDrop");
        Objects.requireNonNull(meanBeliefDrop, "meanBeliefDrop");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }

    private double beliefDropOrLowest() {
        return meanBeliefDrop.orElse(Double.NEGATIVE_INFINITY);
    }
}
