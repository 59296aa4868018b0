package app.groundwork.insight;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.TrapCueRule;
import app.groundwork.content.TrapCues;
import app.groundwork.domain.TrapSuggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests the thinking traps the wording of a thought points to, on this device only, from the cues of
 * {@code trap-cues.json}. Each suggestion carries the words that triggered it, exactly as written, so the person
 * sees why and decides for themselves; nothing is stored or sent.
 *
 * <p>Precision comes first: a wrong suggestion tells a fragile person something untrue about their thinking, so the
 * cues ask for context ("always" before something going wrong, not "I always drink coffee"), harsh self-labels rather
 * than any noun ("I'm an idiot", not "I'm a nurse"), and each cue's {@code unless} patterns set aside matches they
 * overlap ("not always", "it wasn't my fault"). See {@code docs/trap-suggestions.md}.
 *
 * <p>The suggester holds only compiled, unchanging rules: one instance serves every thread.
 */
public final class TrapSuggester {
    private static final Comparator<Span> TEXT_ORDER = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

    private final List<String> trapIds;
    private final List<TrapCueRule> rules;

    /** The suggester for the bundled (or loaded) content's cues. */
    public TrapSuggester(ContentLibrary content) {
        this(Objects.requireNonNull(content, "content").trapCues());
    }

    public TrapSuggester(TrapCues cues) {
        Objects.requireNonNull(cues, "cues");
        this.trapIds = cues.trapIds();
        this.rules = cues.rules();
    }

    /**
     * The traps {@code thought} suggests, in catalogue order, each once, with the words behind it in the order they
     * appear (overlapping matches of one trap joined, repeats of the same words left out).
     *
     * @return an empty list for {@code null} or blank text, or when no cue matched
     */
    public List<TrapSuggestion> suggest(String thought) {
        if (thought == null || thought.isBlank()) {
            return List.of();
        }
        MatchingText matching = MatchingText.of(thought);
        Map<String, List<Span>> byTrap = new LinkedHashMap<>();
        for (TrapCueRule rule : rules) {
            List<Span> found = outermost(findAll(rule.patterns(), matching.text()));
            if (found.isEmpty()) {
                continue;
            }
            List<Span> unless = findAll(rule.unless(), matching.text());
            for (Span span : found) {
                if (unless.stream().noneMatch(span::overlaps)) {
                    byTrap.computeIfAbsent(rule.trapId(), trap -> new ArrayList<>()).add(span);
                }
            }
        }
        List<TrapSuggestion> suggestions = new ArrayList<>();
        for (String trapId : trapIds) {
            List<Span> spans = byTrap.get(trapId);
            if (spans != null) {
                suggestions.add(new TrapSuggestion(trapId, evidence(spans, matching)));
            }
        }
        return List.copyOf(suggestions);
    }

    /** Every match of every pattern, overlapping ones included: each pattern is tried again from the next character. */
    private static List<Span> findAll(List<Pattern> patterns, String text) {
        List<Span> found = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            int from = 0;
            while (from < text.length() && matcher.find(from)) {
                if (matcher.end() > matcher.start()) {
                    found.add(new Span(matcher.start(), matcher.end()));
                }
                from = matcher.start() + 1;
            }
        }
        return found;
    }

    /**
     * The matches not lying inside a longer match of the same cue, so that {@code unless} judges the whole match:
     * "a total failure" is set aside after "I'm", and so is the "total failure" inside it.
     */
    private static List<Span> outermost(List<Span> spans) {
        List<Span> kept = new ArrayList<>();
        for (Span span : spans) {
            boolean inside = spans.stream().anyMatch(other -> other != span && other.contains(span)
                    && (other.end() - other.start()) > (span.end() - span.start()));
            if (!inside && !kept.contains(span)) {
                kept.add(span);
            }
        }
        return kept;
    }

    /** The written words of the spans in text order, overlapping spans joined and each wording given once. */
    private static List<String> evidence(List<Span> spans, MatchingText matching) {
        spans.sort(TEXT_ORDER);
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && span.start() < last.end()) {
                joined.set(joined.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                joined.add(span);
            }
        }
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Span span : joined) {
            Span trimmed = trimmed(matching, span);
            if (trimmed != null && seen.add(matching.text().substring(trimmed.start(), trimmed.end()))) {
                words.add(matching.original(trimmed.start(), trimmed.end()));
            }
        }
        return words;
    }

    /** Characters {@code [start, end)} of the matching text. */
    private record Span(int start, int end) {
        boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }

        boolean contains(Span other) {
            return start <= other.start && other.end <= end;
        }
    }

    /** The span without spaces or punctuation at its ends (apostrophes stay), or {@code null} if nothing is left. */
    private static Span trimmed(MatchingText matching, Span span) {
        String text = matching.text();
        int start = span.start();
        int end = span.end();
        while (start < end && !isKept(text.charAt(start))) {
            start++;
        }
        while (end > start && !isKept(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }

    private static boolean isKept(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }
}
