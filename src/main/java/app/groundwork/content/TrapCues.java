package app.groundwork.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The wording that suggests each thinking trap ({@link TrapCue}) and the word lists the cues share ({@link CueWords}),
 * with every pattern already compiled, as {@code trap-cues.json} holds them.
 *
 * <p>Patterns are written for the text in its matching form: lower case, with a plain {@code '} for any apostrophe,
 * {@code "} for any double quote, {@code -} for any dash, and one space for any run of spaces or line breaks (see
 * {@link MatchingForm}). A pattern only matches whole words: it may not start or end inside a word. A word
 * list is used in a pattern by its id in braces, {@code {self-label}}, and stands for any one of its words.
 *
 * <p>Cues that exist are valid: every pattern compiled, none matches empty text, every word list is used, every cue
 * names a trap of the catalogue and every trap has at least one cue.
 */
public final class TrapCues {
    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\[pP])\\{([a-z0-9]+(?:-[a-z0-9]+)*)}");
    /** A word list holds plain words: letters, digits and apostrophes, joined by single spaces or hyphens. */
    private static final Pattern PLAIN_WORDS = Pattern.compile("[a-z0-9']+(?:[ -][a-z0-9']+)*");
    private static final String WORD_CHARACTER = "[\\p{L}\\p{N}]";

    private final List<String> trapIds;
    private final List<CueWords> words;
    private final List<TrapCue> cues;
    private final List<TrapCueRule> rules;

    private TrapCues(List<String> trapIds, List<CueWords> words, List<TrapCue> cues, List<TrapCueRule> rules) {
        this.trapIds = List.copyOf(trapIds);
        this.words = List.copyOf(words);
        this.cues = List.copyOf(cues);
        this.rules = List.copyOf(rules);
    }

    /**
     * Checks and compiles cues built in code for the catalogue's traps, exactly as loading {@code trap-cues.json} would.
     *
     * @throws ContentException naming the entry and field of the first problem, as if it were in that file
     */
    public static TrapCues of(List<CueWords> words, List<TrapCue> cues) {
        return compile(ContentLibrary.TRAP_CUES_FILE, words, cues, ThinkingTrap.CATALOGUE_IDS);
    }

    static TrapCues compile(String file, List<CueWords> words, List<TrapCue> cues, List<String> trapIds) {
        Map<String, String> expansions = new LinkedHashMap<>();
        Map<String, Integer> wordPositions = new HashMap<>();
        for (int position = 0; position < words.size(); position++) {
            CueWords list = words.get(position);
            EntryFields fields = fieldsOf(file, list.id(), position, wordPositions);
            checkWords(list, fields);
            expansions.put(list.id(), alternatives(list.words()));
        }
        Set<String> knownTraps = Set.copyOf(trapIds);
        Set<String> usedWords = new HashSet<>();
        List<TrapCueRule> rules = new ArrayList<>();
        Map<String, Integer> cuePositions = new HashMap<>();
        for (int position = 0; position < cues.size(); position++) {
            TrapCue cue = cues.get(position);
            EntryFields fields = fieldsOf(file, cue.id(), position, cuePositions);
            checkCue(cue, fields, knownTraps);
            List<Pattern> patterns = compileAll(cue.patterns(), "patterns", fields, expansions, usedWords);
            List<Pattern> unless = compileAll(cue.unless(), "unless", fields, expansions, usedWords);
            rules.add(new TrapCueRule(cue.id(), cue.trap(), patterns, unless));
        }
        for (String id : expansions.keySet()) {
            if (!usedWords.contains(id)) {
                throw new ContentException(file, id, "id", "no pattern uses {" + id + "}; remove the list or use it");
            }
        }
        for (String trap : trapIds) {
            if (rules.stream().noneMatch(rule -> rule.trapId().equals(trap))) {
                throw new ContentException(file, null, "cues", "no cue suggests \"" + trap + "\"");
            }
        }
        return new TrapCues(trapIds, words, cues, rules);
    }

    /** The traps these cues were checked against, in catalogue order: the order suggestions come back in. */
    public List<String> trapIds() {
        return trapIds;
    }

    /** The word lists in file order. */
    public List<CueWords> words() {
        return words;
    }

    /** The cues in file order. */
    public List<TrapCue> cues() {
        return cues;
    }

    /** The cues' compiled patterns, in file order. */
    public List<TrapCueRule> rules() {
        return rules;
    }

    static void checkWords(CueWords list, EntryFields fields) {
        fields.requireId(list.id());
        if (list.words() == null) {
            throw fields.problem("words", "is missing");
        }
        if (list.words().isEmpty()) {
            throw fields.problem("words", "is empty; give at least one word");
        }
        for (int index = 0; index < list.words().size(); index++) {
            String field = "words[" + index + "]";
            String word = list.words().get(index);
            fields.requireText(field, word);
            requireMatchingForm(word, fields, field);
            if (!PLAIN_WORDS.matcher(word).matches()) {
                throw fields.problem(field, "\"" + word + "\" is not a plain word; use lowercase letters, digits and "
                        + "apostrophes, with single spaces or hyphens between words (no pattern characters)");
            }
        }
    }

    static void checkCue(TrapCue cue, EntryFields fields, Set<String> knownTraps) {
        fields.requireId(cue.id());
        fields.requireKnown("trap", cue.trap(), knownTraps, "thinking trap");
        fields.requireText("about", cue.about());
        if (cue.patterns() == null) {
            throw fields.problem("patterns", "is missing");
        }
        if (cue.patterns().isEmpty()) {
            throw fields.problem("patterns", "is empty; give at least one pattern");
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

    /** Longest first, so that a longer phrase ("let everyone down") is preferred where a shorter one also fits. */
    private static String alternatives(List<String> words) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(words));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return "(?:" + String.join("|", sorted) + ")";
    }

    private static List<Pattern> compileAll(List<String> patterns, String name, EntryFields fields,
                                            Map<String, String> expansions, Set<String> usedWords) {
        List<Pattern> compiled = new ArrayList<>();
        for (int index = 0; index < patterns.size(); index++) {
            String field = name + "[" + index + "]";
            fields.requireText(field, patterns.get(index));
            compiled.add(compileOne(patterns.get(index), fields, field, expansions, usedWords));
        }
        return compiled;
    }

    private static Pattern compileOne(String pattern, EntryFields fields, String field, Map<String, String> expansions,
                                      Set<String> usedWords) {
        requireMatchingForm(pattern, fields, field);
        String expanded = expand(pattern, fields, field, expansions, usedWords);
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

    private static void requireMatchingForm(String text, EntryFields fields, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char plain = MatchingForm.of(c);
            if (plain != c && !Character.isUpperCase(c)) {
                throw fields.problem(field, "\"" + text + "\" contains the character " + c + " (U+"
                        + String.format("%04X", (int) c) + "), which never occurs in the matching form; write "
                        + (plain == ' ' ? "a plain space" : plain + " instead"));
            }
        }
    }

    private static String expand(String pattern, EntryFields fields, String field, Map<String, String> expansions,
                                 Set<String> usedWords) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder expanded = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String replacement = expansions.get(name);
            if (replacement == null) {
                throw fields.problem(field, "\"" + pattern + "\" uses {" + name + "}, which is not a word list of this "
                        + "file; use one of {" + String.join("}, {", expansions.keySet()) + "}");
            }
            usedWords.add(name);
            placeholder.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(expanded);
        return expanded.toString();
    }
}
