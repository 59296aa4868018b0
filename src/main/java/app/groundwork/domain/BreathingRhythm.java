package app.groundwork.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * A paced-breathing pattern as seconds per part (4-4-6: breathe in 4, hold 4, breathe out 6; box breathing 4-4-4-4),
 * and where in it a given moment falls, so a guide can be drawn, or said in words when motion is reduced, from the
 * elapsed time alone.
 *
 * @param inhale  seconds breathing in; at least 1
 * @param holdIn  seconds holding after breathing in; 0 for none
 * @param exhale  seconds breathing out; at least 1
 * @param holdOut seconds resting after breathing out; 0 for none
 */
public record BreathingRhythm(int inhale, int holdIn, int exhale, int holdOut) {
    /** The parts of one breath, in order. */
    public enum Part { IN, HOLD_IN, OUT, HOLD_OUT }

    /**
     * Where a moment falls.
     *
     * @param round       which breath, from 1
     * @param part        which part of it
     * @param secondsLeft whole seconds left in this part, rounded up
     * @param fraction    how far through this part, from 0 to 1
     * @param fullness    how full the lungs are, from 0 (out) to 1 (in): what an animation grows and shrinks with
     */
    public record Moment(int round, Part part, int secondsLeft, double fraction, double fullness) {
    }

    public BreathingRhythm {
        if (inhale < 1 || exhale < 1 || holdIn < 0 || holdOut < 0) {
            throw new IllegalArgumentException("breathing in and out take at least a second, holds none or more: "
                    + inhale + "-" + holdIn + "-" + exhale + "-" + holdOut);
        }
    }

    /** Seconds in one breath. */
    public int cycleSeconds() {
        return inhale + holdIn + exhale + holdOut;
    }

    /** How long {@code rounds} breaths take. */
    public Duration length(int rounds) {
        return Duration.ofSeconds((long) cycleSeconds() * rounds);
    }

    /** The moment {@code elapsed} after the first breath began. */
    public Moment at(Duration elapsed) {
        Objects.requireNonNull(elapsed, "elapsed");
        long cycleMillis = cycleSeconds() * 1000L;
        long millis = Math.max(0, elapsed.toMillis());
        int round = (int) (millis / cycleMillis) + 1;
        long within = millis % cycleMillis;
        int[] lengths = {inhale, holdIn, exhale, holdOut};
        Part[] parts = Part.values();
        for (int i = 0; i < lengths.length; i++) {
            long partMillis = lengths[i] * 1000L;
            if (within < partMillis) {
                double fraction = (double) within / partMillis;
                int secondsLeft = (int) ((partMillis - within + 999) / 1000);
                return new Moment(round, parts[i], secondsLeft, fraction, fullness(parts[i], fraction));
            }
            within -= partMillis;
        }
        throw new IllegalStateException("unreachable: a moment beyond one breath");
    }

    private static double fullness(Part part, double fraction) {
        switch (part) {
            case IN:
                return fraction;
            case HOLD_IN:
                return 1;
            case OUT:
                return 1 - fraction;
            default:
                return 0;
        }
    }
}
