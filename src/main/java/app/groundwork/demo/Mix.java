package app.groundwork.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Ids with relative weights, such as the emotions a breakup tends to bring. Kept as ordered lists (not a map)
 * because draws must happen in the same order on every run for a seed to replay.
 */
record Mix(List<String> ids, List<Double> weights) {
    Mix {
        ids = List.copyOf(ids);
        weights = List.copyOf(weights);
        if (ids.size() != weights.size()) {
            throw new IllegalArgumentException("every id needs exactly one weight");
        }
    }

    static Mix of(String id, double weight) {
        return new Mix(List.of(id), List.of(weight));
    }

    Mix and(String id, double weight) {
        List<String> moreIds = new ArrayList<>(ids);
        List<Double> moreWeights = new ArrayList<>(weights);
        moreIds.add(id);
        moreWeights.add(weight);
        return new Mix(moreIds, moreWeights);
    }

    String pick(Dice dice) {
        return pickExcept(dice, List.of()).orElseThrow();
    }

    /** A weighted draw among the ids not yet {@code taken}; empty when every id is taken. */
    Optional<String> pickExcept(Dice dice, Collection<String> taken) {
        double[] open = new double[ids.size()];
        boolean anyOpen = false;
        for (int i = 0; i < open.length; i++) {
            open[i] = taken.contains(ids.get(i)) ? 0 : weights.get(i);
            anyOpen |= open[i] > 0;
        }
        return anyOpen ? Optional.of(ids.get(dice.weightedIndex(open))) : Optional.empty();
    }
}
