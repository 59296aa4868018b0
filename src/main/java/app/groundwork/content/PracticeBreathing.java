package app.groundwork.content;

import java.util.List;

/**
 * The breathing guide of a practice: the patterns a person can choose between, the one offered first, and how many
 * breaths a round is.
 */
public record PracticeBreathing(List<BreathingPattern> patterns, String defaultPattern, Integer rounds) {
    public PracticeBreathing {
        patterns = patterns == null ? null : List.copyOf(patterns);
    }

    /** The pattern offered first; in a library that loaded it is always one of {@link #patterns()}. */
    public BreathingPattern startingPattern() {
        return patterns.stream().filter(pattern -> pattern.id().equals(defaultPattern)).findFirst().orElseThrow();
    }
}
