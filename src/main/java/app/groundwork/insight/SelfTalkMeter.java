package app.groundwork.insight;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.MatchingForm;
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
 * <p>A note is read once as a row of words in matching form: each character goes through {@link MatchingForm} and
 * invisible formatting characters are left out, exactly as {@link MatchingText} prepares text for the crisis screener
 * and the trap suggester, but without building a copy of the note. The lexicon's skipped words ("so", "really",
 * "a"…) are left out and punctuation splits the note into parts. At each word the longest phrase
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
    /** What {@link #plain(char)} gives for an invisible formatting character, which matching leaves out. */
    private static final char INVISIBLE = '\uFFFF';

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
        read(text, new Words(), counter);
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
        List<Match> found = new ArrayList<>();
        read(text, new Words(), (tone, entryId, start, end) -> found.add(new Match(tone, entryId, text.substring(start, end))));
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
        LocalDate lastDate = null;
        int[] totals = null;
        for (DatedText note : notes) {
            counter.critical = 0;
            counter.kind = 0;
            read(note.text(), words, counter);
            if (!note.date().equals(lastDate)) {
                lastDate = note.date();
                totals = periods.computeIfAbsent(bucket.start(lastDate), start -> new int[3]);
            }
            totals[0] += counter.critical;
            totals[1] += counter.kind;
            totals[2]++;
        }
        List<SelfTalkPoint> points = new ArrayList<>(periods.size());
        periods.forEach((start, sums) -> points.add(new SelfTalkPoint(start, sums[0], sums[1], sums[2])));
        return List.copyOf(points);
    }

    /** Splits the text into words and parts, then takes the longest phrase at each word. */
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
     * Words are letters, digits and apostrophes in matching form (apostrophes at a word's edges are quotes and left
     * off); a hyphen between two letters reads as a space; spaces and the marks {@code * _ ~ " # @} only separate
     * words; anything else (full stops, commas, brackets, dashes, emoji…) also starts a new part, which no phrase or
     * cue crosses. Each word keeps where it was written, so a match can be reported exactly as typed.
     */
    private void split(String text, Words words) {
        words.size = 0;
        int n = text.length();
        int part = 0;
        int i = 0;
        while (i < n) {
            char c = plain(text.charAt(i));
            if (isWordCharacter(c)) {
                int start = i;
                int end = i + 1;
                int hash = c;
                int length = 1;
                for (i++; i < n; i++) {
                    char next = plain(text.charAt(i));
                    if (isWordCharacter(next)) {
                        end = i + 1;
                        hash = 31 * hash + next;
                        length++;
                    } else if (next != INVISIBLE) {
                        break;
                    }
                }
                if (c == '\'' || plain(text.charAt(end - 1)) == '\'') {
                    while (start < end && !isLetterOrDigit(plain(text.charAt(start)))) {
                        start++;
                    }
                    while (end > start && !isLetterOrDigit(plain(text.charAt(end - 1)))) {
                        end--;
                    }
                    hash = 0;
                    length = 0;
                    for (int k = start; k < end; k++) {
                        char inner = plain(text.charAt(k));
                        if (inner != INVISIBLE) {
                            hash = 31 * hash + inner;
                            length++;
                        }
                    }
                }
                if (start < end) {
                    int id = vocabulary.id(text, start, end, hash, length);
                    if (id != SKIPPED) {
                        words.add(id, part, start, end);
                    }
                }
            } else if (c == ' ' || c == INVISIBLE || c == '*' || c == '_' || c == '~' || c == '"' || c == '#'
                    || c == '@') {
                i++;
            } else if (c == '-' && i > 0 && i + 1 < n && isLetterOrDigit(plain(text.charAt(i - 1)))
                    && isLetterOrDigit(plain(text.charAt(i + 1)))) {
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
     * The character in matching form ({@link MatchingForm#of(char)}), or {@link #INVISIBLE} for a formatting
     * character such as a soft hyphen, as {@link MatchingText} leaves them out. Plain ASCII is mapped here directly,
     * the same way, because nearly every character of a note is plain ASCII.
     */
    private static char plain(char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + ('a' - 'A'));
            }
            if (c == '`') {
                return '\'';
            }
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F') ? ' ' : c;
        }
        return Character.getType(c) == Character.FORMAT ? INVISIBLE : MatchingForm.of(c);
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

    /** A letter, digit or apostrophe in matching form ({@link #INVISIBLE} is none of them). */
    private static boolean isWordCharacter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'';
        }
        return c != INVISIBLE && (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK);
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

    /** Receives each phrase that counted: its tone, its group, and where it was written. */
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
     * Phrases filed under the words they can start with: one tree holding the first slot of every phrase (and, where
     * that slot is optional, the next one too), whose nodes list the phrases that go on from there and from which of
     * their slots. At a word, the tree is walked once and each phrase listed on the way is tried from that point.
     */
    private static final class PhraseIndex {
        private final First[] roots;

        PhraseIndex(List<Phrase> phrases, int vocabularySize) {
            First builder = new First();
            for (Phrase phrase : phrases) {
                for (int from = 0; from < phrase.slots().length; from++) {
                    Slot slot = phrase.slots()[from];
                    add(builder, slot.root, phrase, from);
                    if (!slot.optional) {
                        break;
                    }
                }
            }
            roots = new First[vocabularySize];
            builder.building.forEach((word, child) -> roots[word] = child.freeze());
        }

        /** Files {@code phrase} at every node of the first tree where an option of its slot {@code from} ends. */
        private static void add(First at, Node option, Phrase phrase, int from) {
            for (int i = 0; i < option.keys.length; i++) {
                First next = at.building.computeIfAbsent(option.keys[i], word -> new First());
                Node child = option.children[i];
                if (child.end) {
                    next.goingOn.add(phrase);
                    next.goingOnFrom.add(from + 1);
                }
                add(next, child, phrase, from);
            }
        }

        /**
         * The phrase with the longest match starting at word {@code at}, the earliest in the file among equally long
         * ones, with its end left in {@code words.found}; or {@code null}.
         */
        Phrase longestAt(Words words, int at) {
            int id = words.ids[at];
            First node = id >= 0 ? roots[id] : null;
            Phrase best = null;
            int bestEnd = -1;
            int part = words.parts[at];
            boolean partStart = at == 0 || words.parts[at - 1] != part;
            for (int j = at + 1; node != null; j++) {
                Phrase[] going = node.phrases;
                for (int k = 0; k < going.length; k++) {
                    Phrase phrase = going[k];
                    if (phrase.startsPart() && !partStart) {
                        continue;
                    }
                    int end = phrase.longest(node.from[k], j, words, part);
                    if (end > bestEnd || (end == bestEnd && best != null && phrase.order() < best.order())) {
                        best = phrase;
                        bestEnd = end;
                    }
                }
                if (j >= words.size || words.parts[j] != part || words.ids[j] < 0) {
                    break;
                }
                node = node.child(words.ids[j]);
            }
            words.found = bestEnd;
            return bestEnd > at ? best : null;
        }

        /** Gives every cue that starts at word {@code at} to {@code found}, each with its longest end. */
        void everyAt(Words words, int at, CueSink found) {
            int id = words.ids[at];
            First node = id >= 0 ? roots[id] : null;
            int part = words.parts[at];
            boolean partStart = at == 0 || words.parts[at - 1] != part;
            for (int j = at + 1; node != null; j++) {
                Phrase[] going = node.phrases;
                for (int k = 0; k < going.length; k++) {
                    if (going[k].startsPart() && !partStart) {
                        continue;
                    }
                    int end = going[k].longest(node.from[k], j, words, part);
                    if (end > at) {
                        found.add(words, at, end, going[k].reach());
                    }
                }
                if (j >= words.size || words.parts[j] != part || words.ids[j] < 0) {
                    break;
                }
                node = node.child(words.ids[j]);
            }
        }
    }

    /**
     * A node of the first tree: the words that may follow, and the phrases whose first slot can end here, each with
     * the slot to go on from.
     */
    private static final class First {
        private static final Phrase[] NO_PHRASES = new Phrase[0];

        private Map<Integer, First> building = new LinkedHashMap<>();
        private final List<Phrase> goingOn = new ArrayList<>();
        private final List<Integer> goingOnFrom = new ArrayList<>();
        private int[] keys;
        private First[] children;
        Phrase[] phrases = NO_PHRASES;
        int[] from;

        First freeze() {
            keys = building.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            children = new First[keys.length];
            for (int i = 0; i < keys.length; i++) {
                children[i] = building.get(keys[i]).freeze();
            }
            building = null;
            phrases = goingOn.toArray(NO_PHRASES);
            from = goingOnFrom.stream().mapToInt(Integer::intValue).toArray();
            return this;
        }

        First child(int word) {
            int at = Arrays.binarySearch(keys, word);
            return at >= 0 ? children[at] : null;
        }
    }

    /**
     * The words a note splits into, reused from note to note: each word's id ({@code -1} for a word no phrase uses),
     * its part, and where it was written; then the own-voice phrases and the cues found among them.
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

        /**
         * The id of the word written in {@code text[start, end)}, whose matching form has {@code length} characters
         * and hashes (as {@link String#hashCode()} would) to {@code hash}.
         */
        int id(String text, int start, int end, int hash, int length) {
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                String key = keys[slot];
                if (key == null) {
                    return UNKNOWN;
                }
                if (key.length() == length && sameWord(key, text, start, end)) {
                    return ids[slot];
                }
            }
        }

        private static boolean sameWord(String key, String text, int start, int end) {
            int k = 0;
            for (int i = start; i < end; i++) {
                char c = plain(text.charAt(i));
                if (c != INVISIBLE && key.charAt(k++) != c) {
                    return false;
                }
            }
            return true;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
