package app.groundwork.demo;

import java.util.List;
import java.util.Random;

/**
 * The one source of chance for a generation run. Every random choice goes through it, in a fixed order, so a
 * seed replays the same journal. {@link Random} is used rather than a faster generator because its algorithm is
 * fixed by the Java specification: a seed gives the same demo journal on every JDK, which keeps screenshots and
 * benchmark runs comparable.
 */
final class Dice {
    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    double between(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** A standard normal draw: mean 0, standard deviation 1. */
    double gaussian() {
        return random.nextGaussian();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index chosen in proportion to its weight; weights must not all be zero. */
    int weightedIndex(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
