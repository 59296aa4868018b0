package app.groundwork.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A trap cue with its patterns compiled, ready to run over the matching form of a text. Patterns are immutable, so
 * one rule may be used by many threads at once.
 *
 * @param cueId    the cue's id
 * @param trapId   the thinking trap it suggests
 * @param patterns any one may match
 * @param unless   a match that overlaps a match of one of these is set aside
 */
public record TrapCueRule(String cueId, String trapId, List<Pattern> patterns, List<Pattern> unless) {
    public TrapCueRule {
        patterns = List.copyOf(patterns);
        unless = List.copyOf(unless);
    }
}
