package app.groundwork.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The phrases the crisis screening looks for ({@link CrisisSignal}) and the everyday idioms that may contain the same
 * words ({@link CrisisIdiom}), with every pattern already compiled.
 *
 * <p>Patterns are written for the text in its matching form: lower case, with plain {@code '} {@code "} and
 * {@code -} in place of typographic apostrophes, quotes and dashes, and one space for any run of spaces or line
 * breaks (see {@link MatchingForm}). A pattern only matches whole words: it may not start or end in the
 * middle of a word. A few named pieces can be used inside patterns, such as {@code {filler}} for up to three small
 * words like "just" or "really" (see {@link #PLACEHOLDERS}).
 *
 * <p>A lexicon that exists is valid: every pattern compiled and none of them matches empty text.
 */
public final class CrisisLexicon {
    /**
     * Named pieces a pattern may use, written in braces: {@code want to {filler}die}. Each stands for a
     * non-capturing group. {@code {filler}} (up to three small words such as "just", "really", "so") and
     * {@code {lead}} (up to four words such as "I", "wanted", "to", "nearly", for idioms that stay harmless whatever
     * leads into them) include their own trailing space, because they may be absent; {@code {im}}, {@code {dont}},
     * {@code {cant}}, {@code {wont}} and {@code {myself}} stand for one word with its spellings ("I'm", "im",
     * "I am"; "myself", "my self").
     */
    public static final Map<String, String> PLACEHOLDERS = placeholders();

    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\[pP])\\{([a-z]+)}");
    private static final String WORD_CHARACTER = "[\\p{L}\\p{N}]";

    private final List<CrisisSignal> signals;
    private final List<CrisisIdiom> idioms;
    private final List<CrisisRule> signalRules;
    private final List<CrisisRule> idiomRules;

    private CrisisLexicon(List<CrisisSignal> signals, List<CrisisIdiom> idioms,
                          List<CrisisRule> signalRules, List<CrisisRule> idiomRules) {
        this.signals = List.copyOf(signals);
        this.idioms = List.copyOf(idioms);
        this.signalRules = List.copyOf(signalRules);
        this.idiomRules = List.copyOf(idiomRules);
    }

    /**
     * Checks and compiles a lexicon built in code, exactly as loading {@code crisis-lexicon.json}
     * would.
     *
     * @throws ContentException naming the entry and field of the first problem, as if it were in that file
     */
    public static CrisisLexicon of(List<CrisisSignal> signals, List<CrisisIdiom> idioms) {
        return compile(ContentLibrary.CRISIS_LEXICON_FILE, signals, idioms);
    }

    static CrisisLexicon compile(String file, List<CrisisSignal> signals, List<CrisisIdiom> idioms) {
        List<CrisisRule> signalRules = new ArrayList<>();
        Map<String, Integer> signalPositions = new HashMap<>();
        for (int position = 0; position < signals.size(); position++) {
            CrisisSignal signal = signals.get(position);
            EntryFields fields = fieldsOf(file, signal.id(), position, signalPositions);
            checkSignal(signal, fields);
            signalRules.add(new CrisisRule(signal.id(), compileAll(signal.patterns(), fields)));
        }
        List<CrisisRule> idiomRules = new ArrayList<>();
        Map<String, Integer> idiomPositions = new HashMap<>();
        for (int position = 0; position < idioms.size(); position++) {
            CrisisIdiom idiom = idioms.get(position);
            EntryFields fields = fieldsOf(file, idiom.id(), position, idiomPositions);
            checkIdiom(idiom, fields);
            idiomRules.add(new CrisisRule(idiom.id(), compileAll(idiom.patterns(), fields)));
        }
        return new CrisisLexicon(signals, idioms, signalRules, idiomRules);
    }

    /** Signals in file order. */
    public List<CrisisSignal> signals() {
        return signals;
    }

    public Optional<CrisisSignal> signal(String id) {
        return signals.stream().filter(signal -> signal.id().equals(id)).findFirst();
    }

    /** Idioms in file order. */
    public List<CrisisIdiom> idioms() {
        return idioms;
    }

    /** The signals' compiled patterns, in file order. */
    public List<CrisisRule> signalRules() {
        return signalRules;
    }

    /** The idioms' compiled patterns, in file order. */
    public List<CrisisRule> idiomRules() {
        return idiomRules;
    }

    /** The field rules of a signal; its patterns are compiled (and so checked) when the lexicon is built. */
    static void checkSignal(CrisisSignal signal, EntryFields fields) {
        fields.requireId(signal.id());
        fields.requireText("label", signal.label());
        requirePatterns(signal.patterns(), fields);
    }

    static void checkIdiom(CrisisIdiom idiom, EntryFields fields) {
        fields.requireId(idiom.id());
        requirePatterns(idiom.patterns(), fields);
    }

    private static void requirePatterns(List<String> patterns, EntryFields fields) {
        if (patterns == null) {
            throw fields.problem("patterns", "is missing");
        }
        if (patterns.isEmpty()) {
            throw fields.problem("patterns", "is empty; give at least one pattern");
        }
        for (int index = 0; index < patterns.size(); index++) {
            fields.requireText("patterns[" + index + "]", patterns.get(index));
        }
    }

    private static EntryFields fieldsOf(String file, String id, int position, Map<String, Integer> positions) {
        boolean usable = id != null && EntryFields.ID_PATTERN.matcher(id).matches();
        EntryFields fields = new EntryFields(file, usable ? id : "#" + position);
        if (usable) {
            Integer earlier = positions.putIfAbsent(id, position);
            if (earlier != null) {
                throw fields.problem("id", "this id is already used by entry #" + earlier);
            }
        }
        return fields;
    }

    private static List<Pattern> compileAll(List<String> patterns, EntryFields fields) {
        List<Pattern> compiled = new ArrayList<>();
        for (int index = 0; index < patterns.size(); index++) {
            compiled.add(compileOne(patterns.get(index), fields, "patterns[" + index + "]"));
        }
        return compiled;
    }

    private static Pattern compileOne(String pattern, EntryFields fields, String field) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            char plain = MatchingForm.of(c);
            if (plain != c && !Character.isUpperCase(c)) {
                throw fields.problem(field, "\"" + pattern + "\" contains the character " + c + " (U+"
                        + String.format("%04X", (int) c) + "), which never occurs in the matching form; write "
                        + (plain == ' ' ? "a plain space" : plain + " instead"));
            }
        }
        String expanded = expand(pattern, fields, field);
        Pattern compiled;
        try {
            compiled = Pattern.compile("(?<!" + WORD_CHARACTER + ")(?:" + expanded + ")(?!" + WORD_CHARACTER + ")",
                    Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw fields.problem(field, "\"" + pattern + "\" is not a valid pattern: " + e.getDescription());
        }
        if (compiled.matcher("").matches() || compiled.matcher(" ").matches()) {
            throw fields.problem(field, "\"" + pattern + "\" matches empty text, so it would match everywhere");
        }
        return compiled;
    }

    private static String expand(String pattern, EntryFields fields, String field) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder expanded = new StringBuilder();
        while (placeholder.find()) {
            String replacement = PLACEHOLDERS.get(placeholder.group(1));
            if (replacement == null) {
                throw fields.problem(field, "\"" + pattern + "\" uses {" + placeholder.group(1)
                        + "}, which is not a known placeholder; use one of {" + String.join("}, {", PLACEHOLDERS.keySet()) + "}");
            }
            placeholder.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(expanded);
        return expanded.toString();
    }

    private static Map<String, String> placeholders() {
        Map<String, String> pieces = new LinkedHashMap<>();
        pieces.put("filler", "(?:(?:just|really|so|honestly|actually|literally|truly|seriously|simply|even|still"
                + "|sometimes|often|always|also|badly|totally|completely|genuinely|kind of|kinda|sort of|sorta"
                + "|pretty much|almost|nearly|quite|very|too|ever|finally|maybe|probably|secretly|quietly|all|only"
                + "|now|already|definitely|somehow|desperately|constantly|again|like|occasionally|then) ){0,3}");
        pieces.put("lead", "(?:(?:i|i'm|im|i've|ive|i'd|id|i'll|ill|we|we're|we've|to|not|going|gonna|want|wanted|wanna"
                + "|trying|try|tried|need|needed|about|could|might|will|would|should|must|just|really|literally|almost"
                + "|nearly|so|learning|learn|have|had|has|been|am|was|were|is|keep|kept|start|started|ready|prepared"
                + "|willing|happy|totally|completely|can|can't|cant|actually|honestly) ){0,4}");
        pieces.put("im", "(?:i'm|im|i am)");
        pieces.put("dont", "(?:don't|dont|do not|didn't|didnt|did not)");
        pieces.put("cant", "(?:can't|cant|cannot|can not|couldn't|couldnt|could not)");
        pieces.put("wont", "(?:won't|wont|will not|wouldn't|wouldnt|would not)");
        pieces.put("myself", "(?:myself|my self|meself|myslef|mysef|mysefl|mself)");
        return Collections.unmodifiableMap(pieces);
    }
}
