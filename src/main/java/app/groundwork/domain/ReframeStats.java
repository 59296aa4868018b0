package app.groundwork.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the finished thought records of a period add up to: how many were done, how much feelings and belief in the
 * old thought eased on average, and the same for each thinking trap chosen.
 *
 * @param from             the first day of the period, inclusive
 * @param to               the last day of the period, inclusive
 * @param done             finished records dated within the period
 * @param meanDistressDrop the mean of {@link ReframeContent#distressDrop()} over the records that have one; empty
 *                         when none has
 * @param meanBeliefDrop   the mean of {@link ReframeContent#beliefDrop()} over the records that have one; empty when
 *                         none has. Negative when, on the whole, the thoughts were believed more at the end
 * @param perTrap          every trap chosen in the period, sorted by {@link TrapStats#MOST_FREQUENT_FIRST}
 */
public record ReframeStats(LocalDate from, LocalDate to, int done, OptionalDouble meanDistressDrop,
                           OptionalDouble meanBeliefDrop, List<TrapStats> perTrap) {

    public ReframeStats {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(meanDistressDrop, "meanDistressDrop");
        Objects.requireNonNull(meanBeliefDrop, "meanBeliefDrop");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
        if (done < 0) {
            throw new IllegalArgumentException("done must not be negative: " + done);
        }
        List<TrapStats> sorted = new ArrayList<>(perTrap);
        sorted.sort(TrapStats.MOST_FREQUENT_FIRST);
        perTrap = List.copyOf(sorted);
    }

    /** The {@code limit} most often chosen traps, most frequent first (fewer when fewer were chosen). */
    public List<TrapStats> mostFrequent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return perTrap.subList(0, Math.min(limit, perTrap.size()));
    }
}
