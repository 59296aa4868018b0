package app.groundwork.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One point of an instrument's history for a chart, with how far it moved from the result before it and whether
 * that move reaches the instrument's published meaningful change ({@link Instrument#meaningfulChange()}).
 *
 * @param change     this score minus the previous one; empty for the first result
 * @param meaningful true when {@code |change|} is at least the meaningful change; always false for scales without one
 */
public record ResultChange(SavedAssessment result, OptionalDouble change, boolean meaningful) {
    private static final double ROUNDING = 1e-9;

    /** Marks each result of one instrument's history (oldest first) against the result just before it. */
    public static List<ResultChange> mark(List<SavedAssessment> history) {
        List<ResultChange> marked = new ArrayList<>();
        Optional<SavedAssessment> previous = Optional.empty();
        for (SavedAssessment result : history) {
            if (previous.isEmpty()) {
                marked.add(new ResultChange(result, OptionalDouble.empty(), false));
            } else {
                if (previous.get().instrument() != result.instrument()) {
                    throw new IllegalArgumentException("a history holds one instrument: "
                            + previous.get().instrument().id() + " then " + result.instrument().id());
                }
                double change = result.score().score() - previous.get().score().score();
                OptionalDouble threshold = result.instrument().meaningfulChange();
                boolean meaningful = threshold.isPresent() && Math.abs(change) + ROUNDING >= threshold.getAsDouble();
                marked.add(new ResultChange(result, OptionalDouble.of(change), meaningful));
            }
            previous = Optional.of(result);
        }
        return marked;
    }
}
