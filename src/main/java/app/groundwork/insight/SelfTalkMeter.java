package app.groundwork.insight;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.SelfTalkCancelRule;
import app.groundwork.content.SelfTalkLexicon;
import app.groundwork.content.SelfTalkRule;
import app.groundwork.content.SelfTalkTone;
import app.groundwork.content.WordChoice;
import app.groundwork.domain.Bucket;
import app.groundwork.domain.DatedText;
import app.groundwork.domain.SelfTalkPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts self-critical and self-kind wording in the person's own notes, on this device only, from the phrases of
 * {@code self-talk.json}: how often "I'm such an idiot" or "what's wrong with me" shows up beside "I did my best" or
 * "it's okay to rest", per day, week or month. Nothing is stored or sent; the counts describe words, never the person.
 *
 * <p>A note is read once as a row of words in matching form (see {@link MatchingText}), with the lexicon's skipped
 * words ("so", "really", "a"…) left out and punctuation splitting it into parts. At each word the longest phrase
 * starting there is taken, critical or kind, and reading goes on after it, so no words count twice. A phrase does
 * not count when a negation or someone else's words ("not", "don't think", "my boss said", "she") end at most their
 * {@code reach} words before it in the same part. See {@code docs/self-talk.md}.
 *
 * <p>The phrases are compiled once: each word list becomes a small tree keyed by word, and every phrase is filed
 * under the words it can start with, so a word that starts no phrase costs one table look-up, and a list shared by
 * many phrases at the same word is walked once. Words are looked up without making strings. The meter holds only
 * unchanging tables: one instance serves every thread.
 */
public final class SelfTalkMeter {
    private static final int UNKNOWN = -1;
    private static final int SKIPPED = -2;

    /**
     * How many self-critical and how many self-kind phrases one text, or several, held.
     *
     * @param critical phrases counted as critical, 0 or more
     * @param kind     phrases counted as kind, 0 or more
     */
    public record Tally(int critical, int kind) {
        /** Nothing counted. */
        public static final Tally NONE = new Tally(0, 0);

        public Tally {
            if (critical < 0 || kind < 0) {
                throw new IllegalArgumentException("counts cannot be negative: " + critical + ", " + kind);
            }
        }

        public Tally plus(Tally other) {
            return new Tally(critical + other.critical, kind + other.kind);
        }
    }

    /**
     * One counted phrase.
     *
     * @param tone    the side it counted on
     * @param entryId the lexicon group it belongs to (for example {@code harsh-label})
     * @param words   the words exactly as written, from the phrase's first word to its last
     */
    public record Match(SelfTalkTone tone, String entryId, String words) {
        public Match {
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(words, "words");
        }
    }

    private final WordTable vocabulary;
    private final PhraseIndex phrases;
    private final PhraseIndex cancels;
    private final PhraseIndex ownVoice;

    /** The meter for the bundled (or loaded) content's lexicon. */
    public SelfTalkMeter(ContentLibrary content) {
        this(Objects.requireNonNull(content, "content").selfTalk());
    }

    public SelfTalkMeter(SelfTalkLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        Map<String, Integer> ids = new HashMap<>();
        List<List<WordChoice>> all = new ArrayList<>();
        lexicon.rules().forEach(rule -> all.add(rule.parts()));
        lexicon.cancelRules().forEach(rule -> all.add(rule.parts()));
        lexicon.ownVoiceRules().forEach(rule -> all.add(rule.parts()));
        for (List<WordChoice> parts : all) {
            for (WordChoice choice : parts) {
                choice.options().forEach(option -> option.forEach(word -> ids.computeIfAbsent(word, w -> ids.size())));
            }
        }
        Map<String, Integer> table = new HashMap<>(ids);
        lexicon.skipWords().forEach(word -> table.put(word, SKIPPED));
        this.vocabulary = new WordTable(table);

        Map<WordChoice, Slot> slots = new IdentityHashMap<>();
        List<Phrase> phraseList = new ArrayList<>();
        for (SelfTalkRule rule : lexicon.rules()) {
            phraseList.add(new Phrase(slotsOf(rule.parts(), slots, ids), rule.startsPart(), rule.tone(), rule.entryId(),
                    0, phraseList.size()));
        }
        this.phrases = new PhraseIndex(phraseList, ids.size());
        this.cancels = new PhraseIndex(cuesOf(lexicon.cancelRules(), slots, ids), ids.size());
        this.ownVoice = new PhraseIndex(cuesOf(lexicon.ownVoiceRules(), slots, ids), ids.size());
    }

    /**
     * The self-critical and self-kind phrases in {@code text}.
     *
     * @return {@link Tally#NONE} for {@code null}, empty or blank text, or when nothing counted
     */
    public Tally count(String text) {
        if (text == null || text.isBlank()) {
            return Tally.NONE;
        }
        Counter counter = new Counter();
        read(MatchingText.of(text).text(), new Words(), counter);
        return counter.critical == 0 && counter.kind == 0 ? Tally.NONE : new Tally(counter.critical, counter.kind);
    }

    /**
     * Every phrase that counted in {@code text}, in the order written, with its words exactly as typed: what a screen
     * can show when the person asks which words were counted.
     *
     * @return an empty list for {@code null} or blank text, or when nothing counted
     */
    public List<Match> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        MatchingText matching = MatchingText.of(text);
        List<Match> found = new ArrayList<>();
        read(matching.text(), new Words(), (tone, entryId, start, end) ->
                found.add(new Match(tone, entryId, matching.original(start, end))));
        return List.copyOf(found);
    }

    /**
     * The meter over time: one point per period that holds at least one note, oldest first, each with the phrases
     * counted in its notes and how many notes it holds (a blank note counts as a note with nothing in it).
     *
     * @param notes  the person's notes in any order
     * @param bucket the period to count in; a note falls in the period starting on {@code bucket.start(note.date())}
     */
    public List<SelfTalkPoint> over(List<DatedText> notes, Bucket bucket) {
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(bucket, "bucket");
        TreeMap<LocalDate, int[]> periods = new TreeMap<>();
        Words words = new Words();
        Counter counter = new Counter();
        for (DatedText note : notes) {
            counter.critical = 0;
            counter.kind = 0;
            if (!note.text().isBlank()) {
                read(MatchingText.of(note.text()).text(), words, counter);
            }
            int[] totals = periods.computeIfAbsent(bucket.start(note.date()), start -> new int[3]);
            totals[0] += counter.critical;
            totals[1] += counter.kind;
            totals[2]++;
        }
        List<SelfTalkPoint> points = new ArrayList<>(periods.size());
        periods.forEach((start, totals) -> points.add(new SelfTalkPoint(start, totals[0], totals[1], totals[2])));
        return List.copyOf(points);
    }

    /** Splits the matching text into words and parts, then takes the longest phrase at each word. */
    private void read(String text, Words words, Sink sink) {
        split(text, words);
        boolean cuesRead = false;
        int i = 0;
        while (i < words.size) {
            Phrase best = phrases.longestAt(words, i);
            if (best == null) {
                i++;
                continue;
            }
            int end = words.found;
            if (!cuesRead) {
                readCues(words);
                cuesRead = true;
            }
            if (!cancelled(words, i)) {
                sink.found(best.tone(), best.entryId(), words.starts[i], words.ends[end - 1]);
            }
            i = end;
        }
    }

    /**
     * Words are letters, digits and apostrophes (apostrophes at a word's edges are quotes and left off); a hyphen
     * between two letters reads as a space; spaces and the marks {@code * _ ~ " # @} only separate words; anything
     * else (full stops, commas, brackets, dashes, emoji…) also starts a new part, which no phrase or cue crosses.
     */
    private void split(String text, Words words) {
        words.size = 0;
        int n = text.length();
        int part = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordCharacter(c)) {
                int start = i;
                while (i < n && isWordCharacter(text.charAt(i))) {
                    i++;
                }
                int end = i;
                while (start < end && text.charAt(start) == '\'') {
                    start++;
                }
                while (end > start && text.charAt(end - 1) == '\'') {
                    end--;
                }
                if (start < end) {
                    int id = vocabulary.id(text, start, end);
                    if (id != SKIPPED) {
                        words.add(id, part, start, end);
                    }
                }
            } else if (c == ' ' || c == '*' || c == '_' || c == '~' || c == '"' || c == '#' || c == '@') {
                i++;
            } else if (c == '-' && i > 0 && i + 1 < n && isLetterOrDigit(text.charAt(i - 1))
                    && isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else {
                if (words.size > 0 && words.parts[words.size - 1] == part) {
                    part++;
                }
                i++;
            }
        }
    }

    /**
     * Finds the note's negations and other people's words, leaving out any that lie wholly inside the person's own
     * voice ("part of me says": the "says" there is not someone else's).
     */
    private void readCues(Words words) {
        words.voiceCount = 0;
        words.cueCount = 0;
        for (int start = 0; start < words.size; start++) {
            ownVoice.everyAt(words, start, Words::addVoice);
        }
        for (int start = 0; start < words.size; start++) {
            cancels.everyAt(words, start, Words::addCue);
        }
    }

    /** Whether a cue starting before the phrase at {@code start}, in its part, ends within its reach of it. */
    private static boolean cancelled(Words words, int start) {
        for (int cue = 0; cue < words.cueCount; cue++) {
            int cueStart = words.cueStarts[cue];
            if (cueStart < start && words.parts[cueStart] == words.parts[start]
                    && start - words.cueEnds[cue] <= words.cueReach[cue]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordCharacter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isLetterOrDigit(char c) {
        return c != '\'' && isWordCharacter(c);
    }

    private static List<Phrase> cuesOf(List<SelfTalkCancelRule> rules, Map<WordChoice, Slot> slots,
                                       Map<String, Integer> ids) {
        List<Phrase> cues = new ArrayList<>();
        for (SelfTalkCancelRule rule : rules) {
            cues.add(new Phrase(slotsOf(rule.parts(), slots, ids), rule.startsPart(), null, rule.entryId(), rule.reach(),
                    cues.size()));
        }
        return cues;
    }

    private static Slot[] slotsOf(List<WordChoice> parts, Map<WordChoice, Slot> slots, Map<String, Integer> ids) {
        Slot[] compiled = new Slot[parts.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = slots.computeIfAbsent(parts.get(i), choice -> new Slot(choice, ids));
        }
        return compiled;
    }

    /** Receives each cue found: where it starts and ends among the words, and its reach. */
    private interface CueSink {
        void add(Words words, int start, int end, int reach);
    }

    /** Receives each phrase that counted: its tone, its group, and where it lies in the matching text. */
    private interface Sink {
        void found(SelfTalkTone tone, String entryId, int start, int end);
    }

    private static final class Counter implements Sink {
        int critical;
        int kind;

        @Override
        public void found(SelfTalkTone tone, String entryId, int start, int end) {
            if (tone == SelfTalkTone.CRITICAL) {
                critical++;
            } else {
                kind++;
            }
        }
    }

    /** One node of a word list's tree: the words that may follow, and whether an option of the list ends here. */
    private static final class Node {
        private static final int[] NO_KEYS = new int[0];
        private static final Node[] NO_CHILDREN = new Node[0];

        private Map<Integer, Node> building = new LinkedHashMap<>();
        private int[] keys = NO_KEYS;
        private Node[] children = NO_CHILDREN;
        private boolean end;

        Node childForBuilding(int word) {
            return building.computeIfAbsent(word, w -> new Node());
        }

        void freeze() {
            keys = building.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            children = new Node[keys.length];
            for (int i = 0; i < keys.length; i++) {
                children[i] = building.get(keys[i]);
                children[i].freeze();
            }
            building = null;
        }

        Node child(int word) {
            int[] own = keys;
            if (own.length <= 8) {
                for (int i = 0; i < own.length; i++) {
                    if (own[i] == word) {
                        return children[i];
                    }
                }
                return null;
            }
            int at = Arrays.binarySearch(own, word);
            return at >= 0 ? children[at] : null;
        }
    }

    /** A {@link WordChoice} compiled into the tree of its options' words; shared by every phrase using that choice. */
    private static final class Slot {
        private final Node root = new Node();
        private final boolean optional;

        Slot(WordChoice choice, Map<String, Integer> ids) {
            optional = choice.optional();
            for (List<String> option : choice.options()) {
                Node node = root;
                for (String word : option) {
                    node = node.childForBuilding(ids.get(word));
                }
                node.end = true;
            }
            root.freeze();
        }
    }

    /**
     * A phrase compiled: its slots in order, whether it must begin a part, and its tone and group (phrases) or reach
     * (cues). {@code order} is its place in the file: of two phrases matching the same words, the earlier one counts.
     */
    private record Phrase(Slot[] slots, boolean startsPart, SelfTalkTone tone, String entryId, int reach, int order) {
        /** The end of the longest match of the slots from {@code from} on, starting at word {@code at}, or -1. */
        int longest(int from, int at, Words words, int part) {
            if (from == slots.length) {
                return at;
            }
            Slot slot = slots[from];
            int best = slot.optional ? longest(from + 1, at, words, part) : -1;
            Node node = slot.root;
            for (int j = at; j < words.size && words.parts[j] == part; j++) {
                int id = words.ids[j];
                node = id >= 0 ? node.child(id) : null;
                if (node == null) {
                    break;
                }
                if (node.end) {
                    best = Math.max(best, longest(from + 1, j + 1, words, part));
                }
            }
            return best;
        }
    }

    /**
     * The phrases that begin by filling one slot, each with the slot's place in it (earlier slots, all optional, left
     * empty).
     */
    private record Start(Slot slot, Phrase[] phrases, int[] from) {
    }

    /**
     * Phrases filed under the words they can start with. At a word, each slot that phrases can start with is walked
     * once, and every phrase starting with it goes on from each place where the slot can end.
     */
    private static final class PhraseIndex {
        private static final Start[] NONE = new Start[0];
        private final Start[][] byFirstWord;

        PhraseIndex(List<Phrase> phrases, int vocabularySize) {
            Map<Slot, List<Phrase>> phrasesBySlot = new LinkedHashMap<>();
            Map<Slot, List<Integer>> placesBySlot = new HashMap<>();
            for (Phrase phrase : phrases) {
                for (int from = 0; from < phrase.slots().length; from++) {
                    Slot slot = phrase.slots()[from];
                    phrasesBySlot.computeIfAbsent(slot, s -> new ArrayList<>()).add(phrase);
                    placesBySlot.computeIfAbsent(slot, s -> new ArrayList<>()).add(from);
                    if (!slot.optional) {
                        break;
                    }
                }
            }
            List<List<Start>> byWord = new ArrayList<>(vocabularySize);
            for (int id = 0; id < vocabularySize; id++) {
                byWord.add(new ArrayList<>());
            }
            phrasesBySlot.forEach((slot, starting) -> {
                Start start = new Start(slot, starting.toArray(new Phrase[0]),
                        placesBySlot.get(slot).stream().mapToInt(Integer::intValue).toArray());
                for (int word : slot.root.keys) {
                    byWord.get(word).add(start);
                }
            });
            byFirstWord = new Start[vocabularySize][];
            for (int id = 0; id < vocabularySize; id++) {
                byFirstWord[id] = byWord.get(id).isEmpty() ? NONE : byWord.get(id).toArray(new Start[0]);
            }
        }

        /**
         * The phrase with the longest match starting at word {@code at}, the earliest in the file among equally long
         * ones, with its end left in {@code words.found}; or {@code null}.
         */
        Phrase longestAt(Words words, int at) {
            int id = words.ids[at];
            if (id < 0) {
                return null;
            }
            Phrase best = null;
            int bestEnd = -1;
            int part = words.parts[at];
            boolean partStart = at == 0 || words.parts[at - 1] != part;
            for (Start start : byFirstWord[id]) {
                Node node = start.slot().root;
                for (int j = at; j < words.size && words.parts[j] == part; j++) {
                    int next = words.ids[j];
                    node = next >= 0 ? node.child(next) : null;
                    if (node == null) {
                        break;
                    }
                    if (!node.end) {
                        continue;
                    }
                    Phrase[] starting = start.phrases();
                    for (int k = 0; k < starting.length; k++) {
                        if (starting[k].startsPart() && !partStart) {
                            continue;
                        }
                        int end = starting[k].longest(start.from()[k] + 1, j + 1, words, part);
                        if (end > bestEnd || (end == bestEnd && best != null && starting[k].order() < best.order())) {
                            best = starting[k];
                            bestEnd = end;
                        }
                    }
                }
            }
            words.found = bestEnd;
            return bestEnd > at ? best : null;
        }

        /** Gives every cue that starts at word {@code at} to {@code found}, each with its longest end. */
        void everyAt(Words words, int at, CueSink found) {
            int id = words.ids[at];
            if (id < 0) {
                return;
            }
            int part = words.parts[at];
            boolean partStart = at == 0 || words.parts[at - 1] != part;
            for (Start start : byFirstWord[id]) {
                Node node = start.slot().root;
                for (int j = at; j < words.size && words.parts[j] == part; j++) {
                    int next = words.ids[j];
                    node = next >= 0 ? node.child(next) : null;
                    if (node == null) {
                        break;
                    }
                    if (!node.end) {
                        continue;
                    }
                    Phrase[] starting = start.phrases();
                    for (int k = 0; k < starting.length; k++) {
                        if (starting[k].startsPart() && !partStart) {
                            continue;
                        }
                        int end = starting[k].longest(start.from()[k] + 1, j + 1, words, part);
                        if (end > at) {
                            found.add(words, at, end, starting[k].reach());
                        }
                    }
                }
            }
        }
    }

    /**
     * The words a note splits into, reused from note to note: each word's id ({@code -1} for a word no phrase uses),
     * its part, and where it lies in the matching text; then the own-voice phrases and the cues found among them.
     */
    private static final class Words {
        int[] ids = new int[64];
        int[] parts = new int[64];
        int[] starts = new int[64];
        int[] ends = new int[64];
        int size;
        int[] cueStarts = new int[8];
        int[] cueEnds = new int[8];
        int[] cueReach = new int[8];
        int cueCount;
        int[] voiceStarts = new int[4];
        int[] voiceEnds = new int[4];
        int voiceCount;
        /** Where the phrase last returned by {@link PhraseIndex#longestAt} ends. */
        int found;

        void add(int id, int part, int start, int end) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                parts = Arrays.copyOf(parts, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            ids[size] = id;
            parts[size] = part;
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        void addVoice(int start, int end, int reach) {
            if (voiceCount == voiceStarts.length) {
                voiceStarts = Arrays.copyOf(voiceStarts, voiceCount * 2);
                voiceEnds = Arrays.copyOf(voiceEnds, voiceCount * 2);
            }
            voiceStarts[voiceCount] = start;
            voiceEnds[voiceCount] = end;
            voiceCount++;
        }

        /** Keeps a cue unless it lies wholly inside the person's own voice. */
        void addCue(int start, int end, int reach) {
            for (int voice = 0; voice < voiceCount; voice++) {
                if (voiceStarts[voice] <= start && end <= voiceEnds[voice]) {
                    return;
                }
            }
            if (cueCount == cueStarts.length) {
                cueStarts = Arrays.copyOf(cueStarts, cueCount * 2);
                cueEnds = Arrays.copyOf(cueEnds, cueCount * 2);
                cueReach = Arrays.copyOf(cueReach, cueCount * 2);
            }
            cueStarts[cueCount] = start;
            cueEnds[cueCount] = end;
            cueReach[cueCount] = reach;
            cueCount++;
        }
    }

    /**
     * The lexicon's words (and skipped words) by id, looked up straight from a stretch of the note's text: an open
     * hash table whose keys hash like {@link String#hashCode()}, so no string is made for a word.
     */
    private static final class WordTable {
        private final String[] keys;
        private final int[] ids;
        private final int mask;

        WordTable(Map<String, Integer> words) {
            int capacity = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
            keys = new String[capacity];
            ids = new int[capacity];
            mask = capacity - 1;
            words.forEach((word, id) -> {
                int slot = spread(word.hashCode()) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = word;
                ids[slot] = id;
            });
        }

        int id(String text, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + text.charAt(i);
            }
            int length = end - start;
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                String key = keys[slot];
                if (key == null) {
                    return UNKNOWN;
                }
                if (key.length() == length && key.regionMatches(0, text, start, length)) {
                    return ids[slot];
                }
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
