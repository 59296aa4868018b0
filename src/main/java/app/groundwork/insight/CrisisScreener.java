package app.groundwork.insight;

import app.groundwork.content.CrisisLexicon;
import app.groundwork.content.CrisisRule;
import app.groundwork.domain.CrisisMatch;
import app.groundwork.domain.SafetyCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks through a piece of writing, on this device only, for words that may mean the person is thinking of ending
 * their life or hurting themselves, so the app can offer support. It never blocks, stores or sends anything.
 *
 * <p>The rule is "when in doubt, flag": a gentle support panel shown once too often costs far less than a crisis
 * missed. So negations still flag ("I don't want to die" is noticed), and an idiom sets a match aside only when the
 * match lies wholly inside the idiom's words ("this exam is killing me and I want to kill myself" is noticed).
 *
 * <p>Every pattern is tried at the start of every word it could begin with, so overlapping phrases are all seen.
 * The screener holds only the lexicon and an index built from it, both unchanging: one instance serves every thread.
 */
public final class CrisisScreener {
    private static final Comparator<Found> TEXT_ORDER = Comparator.comparingInt(Found::start)
            .thenComparing(Comparator.comparingInt(Found::end).reversed())
            .thenComparingInt(Found::ruleIndex);

    private final List<CrisisRule> signals;
    private final PatternIndex signalIndex;
    private final PatternIndex idiomIndex;

    public CrisisScreener(CrisisLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        this.signals = lexicon.signalRules();
        this.signalIndex = new PatternIndex(lexicon.signalRules());
        this.idiomIndex = new PatternIndex(lexicon.idiomRules());
    }

    /**
     * Every place in {@code text} where a signal matched and no idiom explains it, in the order they appear. A
     * match that lies inside a longer one is left out and overlapping matches of one signal are joined, so the same
     * words are reported once. Each match's phrase is the text exactly as written, capitals and apostrophes included.
     *
     * @return {@link SafetyCheck#CLEAR} for {@code null}, empty or blank text, or when nothing matched
     */
    public SafetyCheck screen(String text) {
        if (text == null || text.isBlank()) {
            return SafetyCheck.CLEAR;
        }
        MatchingText matching = MatchingText.of(text);
        List<Found> found = signalIndex.findAll(matching.text());
        if (found.isEmpty()) {
            return SafetyCheck.CLEAR;
        }
        List<Found> idioms = idiomIndex.findAll(matching.text());
        List<Found> unexplained = new ArrayList<>();
        for (Found signal : found) {
            if (idioms.stream().noneMatch(idiom -> idiom.contains(signal))) {
                unexplained.add(signal);
            }
        }
        List<CrisisMatch> matches = new ArrayList<>();
        for (Found signal : joined(unexplained)) {
            matches.add(new CrisisMatch(signals.get(signal.ruleIndex()).id(), matching.original(signal.start(), signal.end())));
        }
        return matches.isEmpty() ? SafetyCheck.CLEAR : SafetyCheck.of(matches);
    }

    /**
     * Whether {@code pattern} could match text that starts with {@code first}. It is tried on that one character:
     * a pattern that fails without needing to read further ({@link Matcher#hitEnd()} false) cannot start there.
     */
    static boolean canStartWith(Pattern pattern, char first) {
        Matcher matcher = pattern.matcher(String.valueOf(first));
        return matcher.lookingAt() || matcher.hitEnd();
    }

    /**
     * The matches in text order, each part of the text reported once: a match inside an earlier one is dropped, and
     * two overlapping matches of the same signal become one ("wish I could disappear" + "disappear forever").
     */
    private static List<Found> joined(List<Found> signals) {
        signals.sort(TEXT_ORDER);
        List<Found> joined = new ArrayList<>();
        for (Found found : signals) {
            Found last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last == null || found.start() >= last.end()) {
                joined.add(found);
            } else if (found.end() > last.end()) {
                if (found.ruleIndex() == last.ruleIndex()) {
                    joined.set(joined.size() - 1, new Found(last.start(), found.end(), last.ruleIndex()));
                } else {
                    joined.add(found);
                }
            }
        }
        return joined;
    }

    /** A match in the matching text, from {@code start} (inclusive) to {@code end} (exclusive). */
    private record Found(int start, int end, int ruleIndex) {
        boolean contains(Found other) {
            return start <= other.start && other.end <= end;
        }
    }

    /** One pattern of one rule; {@code slot} is its place among all the patterns of the index. */
    private record Candidate(int ruleIndex, Pattern pattern, int slot) {
    }

    /**
     * The patterns of a list of rules, sorted by the plain (ASCII) characters they can start with, so that each word
     * of a note is tried only against the patterns that could begin there. A word starting with any other
     * character is tried against every pattern.
     */
    private static final class PatternIndex {
        private static final int PLAIN = 128;

        private final List<Candidate> all = new ArrayList<>();
        private final List<List<Candidate>> byFirstCharacter = new ArrayList<>();

        PatternIndex(List<CrisisRule> rules) {
            for (int rule = 0; rule < rules.size(); rule++) {
                for (Pattern pattern : rules.get(rule).patterns()) {
                    all.add(new Candidate(rule, pattern, all.size()));
                }
            }
            for (char first = 0; first < PLAIN; first++) {
                List<Candidate> possible = new ArrayList<>();
                for (Candidate candidate : all) {
                    if (canStartWith(candidate.pattern(), first)) {
                        possible.add(candidate);
                    }
                }
                byFirstCharacter.add(List.copyOf(possible));
            }
        }

        /** Every match of every pattern, starting at any word (or any non-word character), overlaps included. */
        List<Found> findAll(String text) {
            Matcher[] matchers = new Matcher[all.size()];
            List<Found> found = new ArrayList<>();
            for (int start = 0; start < text.length(); start++) {
                if (start > 0 && isWordCharacter(text.charAt(start - 1))) {
                    continue;
                }
                char first = text.charAt(start);
                for (Candidate candidate : first < PLAIN ? byFirstCharacter.get(first) : all) {
                    Matcher matcher = matchers[candidate.slot()];
                    if (matcher == null) {
                        matcher = candidate.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                        matchers[candidate.slot()] = matcher;
                    }
                    matcher.region(start, text.length());
                    if (matcher.lookingAt() && matcher.end() > start) {
                        found.add(new Found(start, matcher.end(), candidate.ruleIndex()));
                    }
                }
            }
            return found;
        }

        /**
         * Exactly the characters of {@code [\p{L}\p{N}]}, the class every compiled pattern checks before its first
         * character (see {@link CrisisLexicon}): no match can start right after one of them.
         */
        private static boolean isWordCharacter(char c) {
            int type = Character.getType(c);
            return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }
    }
}
