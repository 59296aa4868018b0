package app.groundwork.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A lexicon entry (signal or idiom) with its patterns compiled, ready to run over normalised text. Patterns are
 * immutable, so one rule may be used by many threads at once.
 */
public record CrisisRule(String id, List<Pattern> patterns) {
    public CrisisRule {
        patterns = List.copyOf(patterns);
    }
}
