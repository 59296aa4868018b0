package app.groundwork.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes check-in notes from the phrase pools. Real journals mix empty entries, one-liners, tired scraps,
 * questions to oneself, lists and long outpourings, so the note's style is drawn first and the phrases after.
 * A few notes carry emoji, lines in other scripts or decomposed accents, because the app must store, show and
 * search such text exactly.
 */
final class NoteWriter {
    private static final double EMOJI_CHANCE = 0.09;
    private static final double OTHER_LANGUAGE_CHANCE = 0.025;
    private static final double DECOMPOSED_ACCENT_CHANCE = 0.013;
    private static final int DRAWS_AGAINST_REPEATS = 4;
    private static final Mix RAW_LISTS = Mix.of("plan", 6).and("wins", 4);
    private static final Mix HEALING_LISTS = Mix.of("wins", 45).and("plan", 25).and("grateful", 30);
    private static final Mix STEADY_LISTS = Mix.of("wins", 35).and("plan", 25).and("grateful", 40);

    /** Note shapes, with how likely each is in the raw, healing and steady phases. */
    private enum Style {
        EMPTY(10, 13, 17),
        ONE_LINE(22, 25, 28),
        FEW_SENTENCES(26, 28, 28),
        TIRED(13, 7, 4),
        QUESTIONS(9, 8, 5),
        BULLETS(4, 8, 10),
        PARAGRAPHS(16, 11, 8);

        private final double raw;
        private final double healing;
        private final double steady;

        Style(double raw, double healing, double steady) {
            this.raw = raw;
            this.healing = healing;
            this.steady = steady;
        }

        /** Daytime check-ins are snatched between other things; late ones are more often tired. */
        double weight(Phase phase, DaySlot slot) {
            double weight = switch (phase) {
                case RAW -> raw;
                case HEALING -> healing;
                case STEADY -> steady;
            };
            boolean daytime = slot == DaySlot.MIDDAY || slot == DaySlot.AFTERNOON;
            if (daytime && this == EMPTY) {
                return weight * 2;
            }
            if (daytime && this == PARAGRAPHS) {
                return weight * 0.4;
            }
            return slot == DaySlot.NIGHT && this == TIRED ? weight * 2 : weight;
        }
    }

    private final PhraseBook phrases;
    private final Dice dice;

    NoteWriter(PhraseBook phrases, Dice dice) {
        this.phrases = phrases;
        this.dice = dice;
    }

    String write(NoteMoment moment) {
        String note = moment.firstEntry() ? firstEntry(moment) : inStyle(chooseStyle(moment), moment);
        return note.isEmpty() ? note : decorate(note, moment);
    }

    private Style chooseStyle(NoteMoment moment) {
        Style[] styles = Style.values();
        double[] weights = new double[styles.length];
        for (int i = 0; i < styles.length; i++) {
            weights[i] = styles[i].weight(moment.phase(), moment.slot());
        }
        return styles[dice.weightedIndex(weights)];
    }

    private String inStyle(Style style, NoteMoment moment) {
        return switch (style) {
            case EMPTY -> "";
            case ONE_LINE -> dice.chance(0.3)
                    ? phrases.pick("short." + moment.phase().key(), dice)
                    : sentence(moment, new HashSet<>());
            case FEW_SENTENCES -> fewSentences(moment);
            case TIRED -> String.join("\n", distinct("tired", dice.between(1, 2)));
            case QUESTIONS -> questions(moment);
            case BULLETS -> bulletList(moment);
            case PARAGRAPHS -> paragraphs(moment);
        };
    }

    private String firstEntry(NoteMoment moment) {
        String kind = moment.focus().key();
        StringBuilder note = new StringBuilder(phrases.pick("first." + kind, dice));
        for (String line : distinct(kind + ".raw", dice.between(1, 2))) {
            note.append(' ').append(line);
        }
        return note.toString();
    }

    private String fewSentences(NoteMoment moment) {
        List<String> parts = new ArrayList<>();
        if (dice.chance(0.35)) {
            parts.add(phrases.pick("opener." + moment.slot().key(), dice));
        }
        Set<String> used = new HashSet<>();
        int sentences = dice.between(1, 3);
        for (int i = 0; i < sentences; i++) {
            parts.add(sentence(moment, used));
        }
        if (windingDown(moment) && dice.chance(0.15)) {
            parts.add(phrases.pick("closer", dice));
        }
        return String.join(" ", parts);
    }

    private String questions(NoteMoment moment) {
        StringBuilder note = new StringBuilder(String.join("\n",
                distinct("questions." + moment.phase().key(), dice.between(2, 3))));
        if (dice.chance(0.5)) {
            note.append("\n\n").append(phrases.pick("answer." + moment.phase().key(), dice));
        }
        return note.toString();
    }

    /** Early on lists are about getting through tomorrow; later they collect wins and good things. */
    private String bulletList(NoteMoment moment) {
        String list = switch (moment.phase()) {
            case RAW -> RAW_LISTS.pick(dice);
            case HEALING -> HEALING_LISTS.pick(dice);
            case STEADY -> STEADY_LISTS.pick(dice);
        };
        StringBuilder note = new StringBuilder(phrases.pick("bullets." + list + ".header", dice));
        for (String item : distinct("bullets." + list, dice.between(3, 5))) {
            note.append("\n- ").append(item);
        }
        return note.toString();
    }

    private String paragraphs(NoteMoment moment) {
        Set<String> used = new HashSet<>();
        int count = dice.between(3, 5);
        int questionParagraph = dice.chance(0.4) ? dice.between(1, count - 2) : -1;
        List<String> paragraphs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> parts = new ArrayList<>();
            if (i == 0 && dice.chance(0.5)) {
                parts.add(phrases.pick("opener." + moment.slot().key(), dice));
            }
            if (i == questionParagraph) {
                parts.add(phrases.pick("questions." + moment.phase().key(), dice));
                parts.add(phrases.pick("answer." + moment.phase().key(), dice));
            } else {
                int sentences = dice.between(2, 4);
                for (int j = 0; j < sentences; j++) {
                    parts.add(sentence(moment, used));
                }
            }
            if (i == count - 1 && windingDown(moment) && dice.chance(0.4)) {
                parts.add(phrases.pick("closer", dice));
            }
            paragraphs.add(String.join(" ", parts));
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * One sentence from the pool that fits the moment. Repeats are judged before placeholders are filled, so a
     * note does not say the same thing twice about two different friends.
     */
    private String sentence(NoteMoment moment, Set<String> usedPhrases) {
        String phrase = dice.pick(phrases.pool(sentencePool(moment)));
        for (int draw = 1; draw < DRAWS_AGAINST_REPEATS && !usedPhrases.add(phrase); draw++) {
            phrase = dice.pick(phrases.pool(sentencePool(moment)));
        }
        return phrases.fill(phrase, dice);
    }

    private String sentencePool(NoteMoment moment) {
        if (moment.turn() == NoteMoment.Turn.LOW && dice.chance(0.35)) {
            return "dip";
        }
        if (moment.turn() == NoteMoment.Turn.HIGH && dice.chance(0.3)) {
            return "good";
        }
        if (moment.focus() != null && dice.chance(0.45)) {
            return moment.focus().key() + (moment.phase() == Phase.RAW ? ".raw" : ".healing");
        }
        if (dice.chance(0.07)) {
            return "season." + season(moment.date());
        }
        return moment.phase().key();
    }

    /** Up to {@code count} different phrases from one pool, in the order drawn. */
    private List<String> distinct(String pool, int count) {
        Set<String> used = new HashSet<>();
        List<String> picked = new ArrayList<>(count);
        for (int draw = 0; draw < count * DRAWS_AGAINST_REPEATS && picked.size() < count; draw++) {
            String phrase = dice.pick(phrases.pool(pool));
            if (used.add(phrase)) {
                picked.add(phrases.fill(phrase, dice));
            }
        }
        return picked;
    }

    private String decorate(String note, NoteMoment moment) {
        String separator = note.contains("\n") ? "\n\n" : " ";
        StringBuilder decorated = new StringBuilder(note);
        if (dice.chance(DECOMPOSED_ACCENT_CHANCE)) {
            decorated.append(separator).append(phrases.pick("combining", dice));
        }
        if (dice.chance(OTHER_LANGUAGE_CHANCE)) {
            decorated.append("\n\n").append(phrases.pick("foreign", dice));
        }
        if (dice.chance(EMOJI_CHANCE)) {
            String feeling = moment.mood() <= 4 ? "low" : moment.mood() <= 7 ? "mid" : "high";
            decorated.append(' ').append(phrases.pick("emoji." + feeling, dice));
        }
        return decorated.toString();
    }

    private static boolean windingDown(NoteMoment moment) {
        return moment.slot() == DaySlot.EVENING || moment.slot() == DaySlot.NIGHT;
    }

    private static String season(LocalDate date) {
        return switch (date.getMonth()) {
            case DECEMBER, JANUARY, FEBRUARY -> "winter";
            case MARCH, APRIL, MAY -> "spring";
            case JUNE, JULY, AUGUST -> "summer";
            default -> "autumn";
        };
    }
}
