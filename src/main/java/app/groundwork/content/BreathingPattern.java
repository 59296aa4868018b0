package app.groundwork.content;

import app.groundwork.domain.BreathingRhythm;

/**
 * A named paced-breathing pattern, seconds per part: 4-4-6 is {@code inhale 4, holdIn 4, exhale 6, holdOut 0}.
 *
 * @param name what the person picks it by, for example {@code Box: in, hold, out, rest, 4 each}
 */
public record BreathingPattern(String id, String name, Integer inhale, Integer holdIn, Integer exhale, Integer holdOut) {
    /** The timing, for drawing the guide. */
    public BreathingRhythm rhythm() {
        return new BreathingRhythm(inhale, holdIn, exhale, holdOut);
    }
}
