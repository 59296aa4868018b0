package app.groundwork.domain;

import java.util.List;

/**
 * What the crisis screening noticed in a saved text (or a PHQ-9 answer). Flagged means the support panel should
 * open; it never stops anything from being saved.
 */
public record SafetyCheck(List<CrisisMatch> matches, boolean flaggedByAnswer) {
    public static final SafetyCheck CLEAR = new SafetyCheck(List.of(), false);

    public SafetyCheck {
        matches = List.copyOf(matches);
    }

    public static SafetyCheck of(List<CrisisMatch> matches) {
        return new SafetyCheck(matches, false);
    }

    public boolean flagged() {
        return flaggedByAnswer || !matches.isEmpty();
    }

    /** The phrases as written, in the order they appear, without repeats. */
    public List<String> matchedPhrases() {
        return matches.stream().map(CrisisMatch::phrase).distinct().toList();
    }
}
