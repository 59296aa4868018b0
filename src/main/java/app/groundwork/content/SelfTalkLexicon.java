package app.groundwork.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases the self-talk meter counts, as {@code self-talk.json} holds them: self-critical and self-kind phrases
 * ({@link SelfTalkEntry}), negations and other people's words that stop a phrase from counting
 * ({@link SelfTalkCancel}), the word lists phrases share ({@link CueWords}) and the small words the meter skips.
 *
 * <p>A phrase is plain words rather than a pattern: lowercase words in matching form (see {@link MatchingForm}), one
 * space apart, where a word is letters and digits with apostrophes only inside it ({@code i'm}, {@code can't}). A word
 * list is used by its id in braces: {@code {self-is}} stands for any one of its words, {@code {a?}} for one or none.
 * Notes are read as words, so a phrase always matches whole words, and a hyphen inside a word reads as a space
 * ({@code screw-up} is {@code screw up}). The skipped words ({@code skip}: "so", "really", "a"…) are left out of the
 * note and of every phrase before matching, so "I'm such a complete idiot" reads as "i'm idiot" and matches the
 * phrase {@code i'm idiot} (or {@code i'm an idiot}).
 *
 * <p>Loading reads every phrase into {@link #rules()} (and {@link #cancelRules()}): a row of {@link WordChoice}s with
 * the lists looked up. It refuses a lexicon where a phrase is blank, malformed, written twice (also once skipped words
 * are left out), names an unknown list or can match no word, and one where a word list is never used. Whether a kind
 * phrase can match the very words of a critical one is a slower search, run by a test rather than on every start
 * ({@link #requireOneSidePerPhrase()}).
 */
public final class SelfTalkLexicon {
    static final int MAX_REACH = 3;
    /** The name of the mark that makes a phrase match only at the start of a part: {@code {start}}. */
    static final String START = "start";

    private static final String WORD = "[a-z0-9]+(?:'[a-z0-9]+)*";
    private static final Pattern PLAIN_WORD = Pattern.compile(WORD);
    private static final Pattern PLAIN_WORDS = Pattern.compile(WORD + "(?: " + WORD + ")*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+(?:-[a-z0-9]+)*)(\\??)}");

    private final List<CueWords> words;
    private final List<CueWords> skip;
    private final List<SelfTalkEntry> critical;
    private final List<SelfTalkEntry> kind;
    private final List<SelfTalkCancel> negations;
    private final List<SelfTalkCancel> others;
    private final List<SelfTalkEntry> ownVoice;
    private final Set<String> skipWords;
    private final List<SelfTalkRule> rules;
    private final List<SelfTalkCancelRule> cancelRules;
    private final List<SelfTalkCancelRule> ownVoiceRules;

    private SelfTalkLexicon(List<CueWords> words, List<CueWords> skip, List<SelfTalkEntry> critical,
                            List<SelfTalkEntry> kind, List<SelfTalkCancel> negations, List<SelfTalkCancel> others,
                            List<SelfTalkEntry> ownVoice, Set<String> skipWords, List<SelfTalkRule> rules,
                            List<SelfTalkCancelRule> cancelRules, List<SelfTalkCancelRule> ownVoiceRules) {
        this.words = List.copyOf(words);
        this.skip = List.copyOf(skip);
        this.critical = List.copyOf(critical);
        this.kind = List.copyOf(kind);
        this.negations = List.copyOf(negations);
        this.others = List.copyOf(others);
        this.ownVoice = List.copyOf(ownVoice);
        this.skipWords = Collections.unmodifiableSet(new LinkedHashSet<>(skipWords));
        this.rules = List.copyOf(rules);
        this.cancelRules = List.copyOf(cancelRules);
        this.ownVoiceRules = List.copyOf(ownVoiceRules);
    }

    /**
     * Checks and reads a lexicon built in code, exactly as loading {@code self-talk.json} would.
     *
     * @throws ContentException naming the entry and field of the first problem, as if it were in that file
     */
    public static SelfTalkLexicon of(List<CueWords> words, List<CueWords> skip, List<SelfTalkEntry> critical,
                                     List<SelfTalkEntry> kind, List<SelfTalkCancel> negations,
                                     List<SelfTalkCancel> others, List<SelfTalkEntry> ownVoice) {
        return compile(ContentLibrary.SELF_TALK_FILE, words, skip, critical, kind, negations, others, ownVoice);
    }

    static SelfTalkLexicon compile(String file, List<CueWords> words, List<CueWords> skip, List<SelfTalkEntry> critical,
                                   List<SelfTalkEntry> kind, List<SelfTalkCancel> negations,
                                   List<SelfTalkCancel> others, List<SelfTalkEntry> ownVoice) {
        Set<String> skipWords = new LinkedHashSet<>();
        Map<String, Integer> skipPositions = new HashMap<>();
        for (int position = 0; position < skip.size(); position++) {
            CueWords list = skip.get(position);
            EntryFields fields = fieldsOf(file, list.id(), position, skipPositions);
            checkSkip(list, fields);
            skipWords.addAll(list.words());
        }
        Map<String, List<List<String>>> lists = new LinkedHashMap<>();
        Map<String, Integer> wordPositions = new HashMap<>();
        for (int position = 0; position < words.size(); position++) {
            CueWords list = words.get(position);
            EntryFields fields = fieldsOf(file, list.id(), position, wordPositions);
            checkWords(list, fields);
            if (list.id().equals(START)) {
                throw fields.problem("id", "\"" + START + "\" is kept for {" + START + "}, which marks a phrase that "
                        + "begins a part of the note; choose another id");
            }
            List<List<String>> items = new ArrayList<>();
            for (int index = 0; index < list.words().size(); index++) {
                List<String> item = withoutSkipped(List.of(list.words().get(index).split(" ")), skipWords);
                if (item.isEmpty()) {
                    throw fields.problem("words[" + index + "]", "\"" + list.words().get(index)
                            + "\" is only skipped words, so it would match no word at all; use {" + list.id()
                            + "?} in phrases where the list may be left out");
                }
                if (!items.contains(item)) {
                    items.add(item);
                }
            }
            lists.put(list.id(), items);
        }

        Writer writer = new Writer(lists, skipWords);
        List<SelfTalkRule> rules = new ArrayList<>();
        Map<String, String> entryLists = new HashMap<>();
        for (SelfTalkTone tone : SelfTalkTone.values()) {
            String listName = name(tone);
            List<SelfTalkEntry> entries = tone == SelfTalkTone.CRITICAL ? critical : kind;
            Map<String, Integer> positions = new HashMap<>();
            for (int position = 0; position < entries.size(); position++) {
                SelfTalkEntry entry = entries.get(position);
                EntryFields fields = fieldsOf(file, entry.id(), position, positions);
                checkEntry(entry, fields);
                requireUnique(entry.id(), listName, "critical and kind", entryLists, fields);
                for (int index = 0; index < entry.phrases().size(); index++) {
                    String field = "phrases[" + index + "]";
                    String phrase = entry.phrases().get(index);
                    Written written = writer.write(phrase, entry.id(), listName, fields, field);
                    rules.add(new SelfTalkRule(entry.id(), tone, phrase, written.startsPart(), written.parts()));
                }
            }
        }
        List<SelfTalkCancelRule> cancelRules = new ArrayList<>();
        Map<String, String> cancelLists = new HashMap<>();
        for (String listName : List.of("negations", "others")) {
            List<SelfTalkCancel> cancels = listName.equals("negations") ? negations : others;
            Map<String, Integer> positions = new HashMap<>();
            for (int position = 0; position < cancels.size(); position++) {
                SelfTalkCancel cancel = cancels.get(position);
                EntryFields fields = fieldsOf(file, cancel.id(), position, positions);
                checkCancel(cancel, fields);
                requireUnique(cancel.id(), listName, "negations and others", cancelLists, fields);
                for (int index = 0; index < cancel.phrases().size(); index++) {
                    String phrase = cancel.phrases().get(index);
                    Written written = writer.write(phrase, cancel.id(), listName, fields, "phrases[" + index + "]");
                    cancelRules.add(new SelfTalkCancelRule(cancel.id(), phrase, written.startsPart(), written.parts(),
                            cancel.reach()));
                }
            }
        }
        List<SelfTalkCancelRule> ownVoiceRules = new ArrayList<>();
        Map<String, Integer> voicePositions = new HashMap<>();
        for (int position = 0; position < ownVoice.size(); position++) {
            SelfTalkEntry voice = ownVoice.get(position);
            EntryFields fields = fieldsOf(file, voice.id(), position, voicePositions);
            checkEntry(voice, fields);
            for (int index = 0; index < voice.phrases().size(); index++) {
                String phrase = voice.phrases().get(index);
                Written written = writer.write(phrase, voice.id(), "ownVoice", fields, "phrases[" + index + "]");
                ownVoiceRules.add(new SelfTalkCancelRule(voice.id(), phrase, written.startsPart(), written.parts(), 0));
            }
        }
        for (String id : lists.keySet()) {
            if (!writer.used.contains(id)) {
                throw new ContentException(file, id, "id", "no phrase uses {" + id + "}; remove the list or use it");
            }
        }
        return new SelfTalkLexicon(words, skip, critical, kind, negations, others, ownVoice, skipWords, rules,
                cancelRules, ownVoiceRules);
    }

    /** The shared word lists in file order. */
    public List<CueWords> words() {
        return words;
    }

    /** The lists of skipped words in file order. */
    public List<CueWords> skip() {
        return skip;
    }

    /** Every word the meter leaves out of a note before matching ("so", "really", "a"…). */
    public Set<String> skipWords() {
        return skipWords;
    }

    /** The self-critical groups in file order. */
    public List<SelfTalkEntry> critical() {
        return critical;
    }

    /** The self-kind groups in file order. */
    public List<SelfTalkEntry> kind() {
        return kind;
    }

    /** The negations in file order. */
    public List<SelfTalkCancel> negations() {
        return negations;
    }

    /** The words that put a phrase in someone else's mouth, in file order. */
    public List<SelfTalkCancel> others() {
        return others;
    }

    /** The words that are the person's own inner voice ("part of me says"), in file order. */
    public List<SelfTalkEntry> ownVoice() {
        return ownVoice;
    }

    /** Every phrase ready to match, critical ones first, in file order. */
    public List<SelfTalkRule> rules() {
        return rules;
    }

    /** Every negation and other people's words ready to match, negations first, in file order. */
    public List<SelfTalkCancelRule> cancelRules() {
        return cancelRules;
    }

    /** The own-voice phrases ready to match: a negation or other person's words inside one of them is set aside. */
    public List<SelfTalkCancelRule> ownVoiceRules() {
        return ownVoiceRules;
    }

    /**
     * Refuses a kind phrase that can match exactly the words of a critical one, naming the kind phrase's entry and
     * field and the words both match: a run of words should count on one side only. This takes a moment (every pair
     * of phrases that can start with the same word is searched), so it is not done on every start of the app;
     * {@code SelfTalkContentTest} runs it on the bundled file. Where it was not run, the meter counts such words once,
     * on the side of the phrase that comes first in the file (critical before kind).
     *
     * @throws ContentException for the first kind phrase that overlaps a critical one
     */
    void requireOneSidePerPhrase() {
        Overlap overlap = new Overlap();
        List<SelfTalkRule> criticalRules = rules.stream().filter(rule -> rule.tone() == SelfTalkTone.CRITICAL).toList();
        List<Set<String>> criticalFirsts = criticalRules.stream().map(rule -> Overlap.firstWords(rule.parts())).toList();
        for (SelfTalkRule kindRule : rules) {
            if (kindRule.tone() != SelfTalkTone.KIND) {
                continue;
            }
            Set<String> firsts = Overlap.firstWords(kindRule.parts());
            for (int c = 0; c < criticalRules.size(); c++) {
                if (Collections.disjoint(firsts, criticalFirsts.get(c))) {
                    continue;
                }
                SelfTalkRule criticalRule = criticalRules.get(c);
                List<String> both = overlap.common(criticalRule.parts(), kindRule.parts());
                if (both != null) {
                    SelfTalkEntry entry = kind.stream().filter(e -> e.id().equals(kindRule.entryId())).findFirst().orElseThrow();
                    throw new ContentException(ContentLibrary.SELF_TALK_FILE, entry.id(),
                            "phrases[" + entry.phrases().indexOf(kindRule.phrase()) + "]", "\"" + kindRule.phrase()
                            + "\" can match \"" + String.join(" ", both) + "\", which \"" + criticalRule.phrase()
                            + "\" of entry \"" + criticalRule.entryId() + "\" already counts as critical; the same "
                            + "words cannot count on both sides");
                }
            }
        }
    }

    static void checkWords(CueWords list, EntryFields fields) {
        fields.requireId(list.id());
        requireList(list.words(), "words", "word", fields);
        for (int index = 0; index < list.words().size(); index++) {
            String field = "words[" + index + "]";
            String word = list.words().get(index);
            fields.requireText(field, word);
            requirePlain(word, fields, field);
            if (!PLAIN_WORDS.matcher(word).matches()) {
                throw fields.problem(field, "\"" + word + "\" is not plain words; write lowercase letters and digits, "
                        + "apostrophes only inside a word, one space between words");
            }
        }
    }

    static void checkSkip(CueWords list, EntryFields fields) {
        fields.requireId(list.id());
        requireList(list.words(), "words", "word", fields);
        for (int index = 0; index < list.words().size(); index++) {
            String field = "words[" + index + "]";
            String word = list.words().get(index);
            fields.requireText(field, word);
            requirePlain(word, fields, field);
            if (!PLAIN_WORD.matcher(word).matches()) {
                throw fields.problem(field, "\"" + word + "\" is not one plain word; a skipped word is lowercase letters "
                        + "and digits, apostrophes only inside it, no spaces");
            }
        }
    }

    static void checkEntry(SelfTalkEntry entry, EntryFields fields) {
        fields.requireId(entry.id());
        fields.requireText("about", entry.about());
        requireList(entry.phrases(), "phrases", "phrase", fields);
    }

    static void checkCancel(SelfTalkCancel cancel, EntryFields fields) {
        fields.requireId(cancel.id());
        fields.requireText("about", cancel.about());
        if (cancel.reach() == null) {
            throw fields.problem("reach", "is missing");
        }
        fields.requireRangeIfSet("reach", cancel.reach(), 0, MAX_REACH);
        requireList(cancel.phrases(), "phrases", "phrase", fields);
    }

    private static void requireList(List<String> list, String field, String what, EntryFields fields) {
        if (list == null) {
            throw fields.problem(field, "is missing");
        }
        if (list.isEmpty()) {
            throw fields.problem(field, "is empty; give at least one " + what);
        }
    }

    private static void requireUnique(String id, String listName, String lists, Map<String, String> seen,
                                      EntryFields fields) {
        String earlier = seen.putIfAbsent(id, listName);
        if (earlier != null && !earlier.equals(listName)) {
            throw fields.problem("id", "this id is already used in \"" + earlier + "\"; ids are unique across " + lists);
        }
    }

    private static void requirePlain(String text, EntryFields fields, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char plain = MatchingForm.of(c);
            if (plain != c && !Character.isUpperCase(c)) {
                throw fields.problem(field, "\"" + text + "\" contains the character " + c + " (U+"
                        + String.format("%04X", (int) c) + "), which never occurs in the matching form; write "
                        + (plain == ' ' ? "a plain space" : plain + " instead"));
            }
        }
        if (PLACEHOLDER.matcher(text).replaceAll("").indexOf('-') >= 0) {
            throw fields.problem(field, "\"" + text + "\" contains a hyphen; write a space instead, since a note's "
                    + "\"screw-up\" is read as the two words \"screw up\"");
        }
    }

    private static List<String> withoutSkipped(List<String> words, Set<String> skipWords) {
        List<String> kept = new ArrayList<>(words.size());
        for (String word : words) {
            if (!skipWords.contains(word)) {
                kept.add(word);
            }
        }
        return kept;
    }

    private static String name(SelfTalkTone tone) {
        return tone == SelfTalkTone.CRITICAL ? "critical" : "kind";
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

    /** A phrase read: whether it must begin a part, and its choices. */
    private record Written(boolean startsPart, List<WordChoice> parts) {
    }

    /** Reads phrases into word choices, and remembers every phrase so that none is written twice. */
    private static final class Writer {
        private final Map<String, List<List<String>>> lists;
        private final Set<String> skipWords;
        private final Set<String> used = new HashSet<>();
        /** One choice per list and optional mark, shared by every phrase that uses it. */
        private final Map<String, WordChoice> choices = new HashMap<>();
        /** Each phrase without its skipped words, with where it was first written. */
        private final Map<String, String> phrases = new HashMap<>();

        Writer(Map<String, List<List<String>>> lists, Set<String> skipWords) {
            this.lists = lists;
            this.skipWords = skipWords;
        }

        Written write(String phrase, String entryId, String listName, EntryFields fields, String field) {
            fields.requireText(field, phrase);
            requirePlain(phrase, fields, field);
            List<WordChoice> parts = new ArrayList<>();
            List<String> plainRun = new ArrayList<>();
            List<String> normalised = new ArrayList<>();
            boolean matchesSomething = false;
            boolean startsPart = false;
            String[] written = phrase.split(" ", -1);
            for (int index = 0; index < written.length; index++) {
                String part = written[index];
                var placeholder = PLACEHOLDER.matcher(part);
                if (part.equals("{" + START + "}")) {
                    if (index > 0) {
                        throw fields.problem(field, "\"" + phrase + "\" has {" + START + "} after its first word; it "
                                + "can only begin a phrase");
                    }
                    startsPart = true;
                    normalised.add(part);
                } else if (placeholder.matches()) {
                    String id = placeholder.group(1);
                    List<List<String>> items = lists.get(id);
                    if (items == null) {
                        throw fields.problem(field, "\"" + phrase + "\" uses {" + id + "}, which is not a word list of "
                                + "this file" + (lists.isEmpty() ? "" : "; use one of {" + String.join("}, {", lists.keySet()) + "}"));
                    }
                    used.add(id);
                    boolean optional = !placeholder.group(2).isEmpty();
                    matchesSomething |= !optional;
                    addPlain(parts, plainRun);
                    parts.add(choices.computeIfAbsent(part, name -> new WordChoice(name, items, optional)));
                    normalised.add(part);
                } else if (PLAIN_WORD.matcher(part).matches()) {
                    if (!skipWords.contains(part)) {
                        plainRun.add(part);
                        normalised.add(part);
                        matchesSomething = true;
                    }
                } else {
                    throw fields.problem(field, "\"" + phrase + "\" is not a phrase; write lowercase words (apostrophes "
                            + "only inside a word) and {list} or {list?}, one space apart");
                }
            }
            addPlain(parts, plainRun);
            if (!matchesSomething) {
                throw fields.problem(field, "\"" + phrase + "\" can match no word at all (only skipped words or lists "
                        + "marked with ?), so it would count everywhere");
            }
            String key = String.join(" ", normalised);
            String earlier = phrases.putIfAbsent(key, "entry \"" + entryId + "\" of \"" + listName + "\"");
            if (earlier != null) {
                throw fields.problem(field, "\"" + phrase + "\" is already written in " + earlier
                        + (key.equals(phrase) ? "" : " (as \"" + key + "\" once skipped words are left out)"));
            }
            return new Written(startsPart, parts);
        }

        private static void addPlain(List<WordChoice> parts, List<String> plainRun) {
            if (!plainRun.isEmpty()) {
                parts.add(new WordChoice(String.join(" ", plainRun), List.of(List.copyOf(plainRun)), false));
                plainRun.clear();
            }
        }
    }

    /**
     * Whether two phrases can match exactly the same words: a search over both phrases at once, word by word. Each
     * choice's options are built into a small word tree, so options that share their first words are one place in the
     * search; a place is a choice and a node of its tree (the root: before the choice).
     */
    private static final class Overlap {
        private final Map<WordChoice, Tree> trees = new IdentityHashMap<>();

        /** The words a phrase can start with. */
        static Set<String> firstWords(List<WordChoice> parts) {
            Set<String> firsts = new HashSet<>();
            for (WordChoice choice : parts) {
                choice.options().forEach(option -> firsts.add(option.get(0)));
                if (!choice.optional()) {
                    break;
                }
            }
            return firsts;
        }

        /** Words both phrases match in full, or {@code null} when there are none. */
        List<String> common(List<WordChoice> a, List<WordChoice> b) {
            Set<List<Place>> seen = new HashSet<>();
            List<Search> stack = new ArrayList<>();
            stack.add(new Search(before(a, 0), before(b, 0), List.of()));
            while (!stack.isEmpty()) {
                Search search = stack.remove(stack.size() - 1);
                List<Place> fromA = closure(search.a(), a);
                List<Place> fromB = closure(search.b(), b);
                if (!search.words().isEmpty() && fromA.stream().anyMatch(place -> place.part() == a.size())
                        && fromB.stream().anyMatch(place -> place.part() == b.size())) {
                    return search.words();
                }
                for (Place placeA : fromA) {
                    if (placeA.tree() == null) {
                        continue;
                    }
                    for (Place placeB : fromB) {
                        if (placeB.tree() == null) {
                            continue;
                        }
                        Map<String, Tree> nextA = placeA.tree().next;
                        Map<String, Tree> nextB = placeB.tree().next;
                        Map<String, Tree> fewer = nextA.size() <= nextB.size() ? nextA : nextB;
                        for (String word : fewer.keySet()) {
                            Tree treeA = nextA.get(word);
                            Tree treeB = nextB.get(word);
                            if (treeA == null || treeB == null) {
                                continue;
                            }
                            for (Place afterA : after(placeA.part(), treeA, a)) {
                                for (Place afterB : after(placeB.part(), treeB, b)) {
                                    if (seen.add(List.of(afterA, afterB))) {
                                        List<String> longer = new ArrayList<>(search.words());
                                        longer.add(word);
                                        stack.add(new Search(afterA, afterB, longer));
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return null;
        }

        /** Before choice {@code part}, or the end of the phrase (no tree). */
        private Place before(List<WordChoice> parts, int part) {
            return new Place(part, part < parts.size() ? tree(parts.get(part)) : null);
        }

        /** This place and, before an optional choice, the places after leaving it out. */
        private List<Place> closure(Place place, List<WordChoice> parts) {
            List<Place> places = new ArrayList<>();
            places.add(place);
            Place at = place;
            while (at.part() < parts.size() && at.tree() == tree(parts.get(at.part()))
                    && parts.get(at.part()).optional()) {
                at = before(parts, at.part() + 1);
                places.add(at);
            }
            return places;
        }

        /** Where a word leading to {@code node} of choice {@code part} can go on from: deeper in it, or past it. */
        private List<Place> after(int part, Tree node, List<WordChoice> parts) {
            List<Place> places = new ArrayList<>(2);
            if (!node.next.isEmpty()) {
                places.add(new Place(part, node));
            }
            if (node.end) {
                places.add(before(parts, part + 1));
            }
            return places;
        }

        private Tree tree(WordChoice choice) {
            return trees.computeIfAbsent(choice, c -> {
                Tree root = new Tree();
                for (List<String> option : c.options()) {
                    Tree node = root;
                    for (String word : option) {
                        node = node.next.computeIfAbsent(word, w -> new Tree());
                    }
                    node.end = true;
                }
                return root;
            });
        }

        /** A node of a choice's word tree: the words that may follow, and whether an option ends here. */
        private static final class Tree {
            final Map<String, Tree> next = new HashMap<>();
            boolean end;
        }

        private record Search(Place a, Place b, List<String> words) {
        }

        /** In choice {@code part}, at {@code tree} (its root: before the choice); {@code tree} is null at the end. */
        private record Place(int part, Tree tree) {
        }
    }
}
