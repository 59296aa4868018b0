package app.groundwork.domain;

import java.util.Collection;
import java.util.OptionalDouble;
import java.util.function.Function;

/** Means, extremes and sums of one number taken from each item of a collection; empty collections give empty. */
public final class Numbers {
    private Numbers() {
    }

    public static <T> OptionalDouble mean(Collection<T> items, Function<? super T, ? extends Number> value) {
        if (items.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sum(items, value) / items.size());
    }

    public static <T> OptionalDouble max(Collection<T> items, Function<? super T, ? extends Number> value) {
        OptionalDouble highest = OptionalDouble.empty();
        for (T item : items) {
            double number = value.apply(item).doubleValue();
            if (highest.isEmpty() || number > highest.getAsDouble()) {
                highest = OptionalDouble.of(number);
            }
        }
        return highest;
    }

    public static <T> OptionalDouble min(Collection<T> items, Function<? super T, ? extends Number> value) {
        OptionalDouble lowest = OptionalDouble.empty();
        for (T item : items) {
            double number = value.apply(item).doubleValue();
            if (lowest.isEmpty() || number < lowest.getAsDouble()) {
                lowest = OptionalDouble.of(number);
            }
        }
        return lowest;
    }

    public static <T> double sum(Collection<T> items, Function<? super T, ? extends Number> value) {
        double total = 0;
        for (T item : items) {
            total += value.apply(item).doubleValue();
        }
        return total;
    }
}
