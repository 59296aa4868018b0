package app.groundwork.domain;

import java.util.Objects;

/**
 * How often something was named in a range (an emotion, a body signal) and, where it has one, its mean strength.
 *
 * @param id            a catalogue id, or the person's own words when {@code custom}
 * @param meanIntensity the mean of the intensities given (0–100); {@code null} for things without one
 */
public record NamedCount(String id, boolean custom, int count, Double meanIntensity) {
    public NamedCount {
        Objects.requireNonNull(id, "id");
    }
}
