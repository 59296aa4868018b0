package app.groundwork.demo;

import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.FollowUp;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.TrapChoice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The thought records of the demo journal. They come when the story is hard (one to three a week in the raw and
 * healing weeks, more in a rough patch or on a therapy day) and only now and then once life is steady, less often as
 * the years go by. Each is finished and tells one moment: its situation, thought, evidence, the friend test and the
 * kinder answer all come from one theme of {@code reframes.txt} that fits the setback in focus. Belief in the old
 * thought starts between 60 and 95 and usually eases, a little more as the person gets practised; now and then it does
 * not, and now and then a feeling is stronger at the end. Some records have a follow-up, answered a few days after it
 * fell due; the last one or two have a follow-up due in the final days and not yet answered, so Today has one to
 * show.
 */
final class ReframeComposer {
    /** The thinking-trap catalogue ids the demo may choose; {@code reframes.txt} is checked against them. */
    static final Set<String> CATALOGUE_TRAPS = Set.of("all-or-nothing", "overgeneralizing", "labeling",
            "catastrophizing", "mind-reading", "fortune-telling", "personalizing", "should-statements",
            "emotional-reasoning", "discounting-positive", "mental-filter", "magnifying", "comparing", "blaming");
    private static final List<String> CATALOGUE_ORDER = CATALOGUE_TRAPS.stream().sorted().toList();

    /** Records a week by phase; a rough patch adds to it. */
    private static final double RAW_PER_WEEK = 2.0;
    private static final double HEALING_PER_WEEK = 1.5;
    private static final double STEADY_PER_WEEK = 0.35;
    private static final double ROUGH_PATCH_EXTRA_PER_WEEK = 0.8;
    /** A therapy session often leaves a thought record as homework. */
    private static final double THERAPY_DAY_CHANCE = 0.2;
    /** Steady-phase records thin out by this share each year, down to the floor. */
    private static final double STEADY_FADE_PER_YEAR = 0.09;
    private static final double STEADY_FLOOR = 0.35;
    /** Nobody writes a thought record on the evening of the blow itself. */
    private static final int FIRST_DAY = 2;
    /** Ordinary records end this many days before the last day; the final ones are placed so their follow-up is due. */
    private static final int RESERVED_FINAL_DAYS = 17;
    private static final int[] FOLLOW_UP_DAYS = {3, 7, 7, 7, 14};
    private static final double FOLLOW_UP_CHANCE = 0.6;
    private static final double EVERYDAY_THEME_CHANCE = 0.2;
    private static final double CUSTOM_TRAP_CHANCE = 0.08;
    private static final double STRONGER_AFTER_CHANCE = 0.1;
    private static final double BELIEVED_MORE_CHANCE = 0.05;
    /** After this many records the person has got the hang of it and the belief tends to ease a little more. */
    private static final int PRACTISED_AFTER = 40;
    private static final String THEMES_PREFIX = "themes.";
    private static final String EVERYDAY = "everyday";
    private static final List<String> THEME_PARTS =
            List.of("situation", "thought", "for", "against", "friend", "alternative", "traps");
    private static final String CUSTOM_TRAP_POOL = "custom.trap";
    private static final String FRIEND = "{friend}";
    private static final String FRIEND_POOL = "fill.friend";
    private static final Mix EVERYDAY_FEELINGS = Mix.of("anxiety", 3).and("shame", 3).and("disappointment", 2)
            .and("embarrassment", 2).and("guilt", 2).and("loneliness", 1).and("envy", 1).and("anger", 1);
    private static final Mix EASED_FEELINGS = Mix.of("relief", 3).and("calm", 3).and("hope", 2);

    private final LifeStory story;
    private final PhraseBook phrases;
    private final Dice dice;
    private int written;
    /** The one friend a record speaks of, so its situation and its evidence name the same person. */
    private String friend;

    ReframeComposer(LifeStory story, PhraseBook phrases, Dice dice) {
        this.story = story;
        this.phrases = phrases;
        this.dice = dice;
        checkThemes(phrases);
    }

    /** Every theme a record can draw on, for every setback kind and ordinary life. */
    static List<String> themes(PhraseBook phrases) {
        List<String> themes = new ArrayList<>(phrases.pool(THEMES_PREFIX + EVERYDAY));
        for (SetbackKind kind : SetbackKind.values()) {
            themes.addAll(phrases.pool(THEMES_PREFIX + kind.key()));
        }
        return themes;
    }

    /** A broken phrase file fails here, before a single record is written, rather than halfway through ten years. */
    private static void checkThemes(PhraseBook phrases) {
        for (String theme : themes(phrases)) {
            for (String part : THEME_PARTS) {
                phrases.pool(theme + "." + part);
            }
            for (String id : phrases.pool(theme + ".traps")) {
                if (!CATALOGUE_TRAPS.contains(id)) {
                    throw new IllegalStateException("[" + theme + ".traps] names \"" + id
                            + "\", which is not a thinking-trap catalogue id");
                }
            }
        }
        phrases.pool(FRIEND_POOL);
        phrases.pool(CUSTOM_TRAP_POOL);
    }

    /** Every record, oldest first. */
    List<Reframe> compose() {
        List<Reframe> reframes = new ArrayList<>();
        int lastOrdinaryDay = lastDay() - RESERVED_FINAL_DAYS;
        for (int day = FIRST_DAY; day <= lastOrdinaryDay; day++) {
            if (!story.unwritten(day) && dice.chance(chanceOn(day))) {
                Integer followUpDays = dice.chance(FOLLOW_UP_CHANCE)
                        ? FOLLOW_UP_DAYS[dice.between(0, FOLLOW_UP_DAYS.length - 1)]
                        : null;
                reframes.add(compose(day, followUpDays, true));
            }
        }
        // the final one or two: a follow-up that fell due in the last days and waits on Today
        if (dice.chance(0.5)) {
            reframes.add(compose(writtenDayIn(lastDay() - 15, lastDay() - 14), 14, false));
        }
        reframes.add(compose(writtenDayIn(lastDay() - 9, lastDay() - 7), 7, false));
        return reframes;
    }

    private double chanceOn(int day) {
        double perWeek = switch (story.phase(day)) {
            case RAW -> RAW_PER_WEEK;
            case HEALING -> HEALING_PER_WEEK;
            case STEADY -> STEADY_PER_WEEK * Math.max(STEADY_FLOOR, 1 - STEADY_FADE_PER_YEAR * (day / 365));
        };
        if (story.inRoughPatch(day)) {
            perWeek += ROUGH_PATCH_EXTRA_PER_WEEK;
        }
        double chance = perWeek / 7;
        return story.therapyDay(day) ? chance + THERAPY_DAY_CHANCE : chance;
    }

    private Reframe compose(int day, Integer followUpDays, boolean answerFollowUp) {
        LocalDate date = story.dateOf(day);
        LocalTime time = timeOf(story.phase(day));
        String theme = theme(day);
        friend = dice.pick(phrases.pool(FRIEND_POOL));
        List<EmotionRating> before = feelingsBefore(day);
        int beliefBefore = clamp(74 + (story.phase(day) == Phase.STEADY ? -4 : 5) + 8 * dice.gaussian(), 60, 95);
        List<TrapChoice> traps = traps(theme);
        String evidenceFor = line(theme + ".for");
        if (dice.chance(0.3)) {
            evidenceFor = joinDistinct(evidenceFor, line(theme + ".for"));
        }
        String evidenceAgainst = twoOf(theme + ".against");
        List<EmotionRating> after = feelingsAfter(before);
        int beliefAfter = beliefAfter(beliefBefore);
        ReframeContent content = new ReframeContent(line(theme + ".situation"),
                line(theme + ".thought"), before, beliefBefore, traps, evidenceFor, evidenceAgainst,
                line(theme + ".friend"), line(theme + ".alternative"), after, beliefAfter,
                followUpDays);
        written++;
        FollowUp followUp = followUpDays == null ? null
                : followUp(date.plusDays(followUpDays), beliefAfter, answerFollowUp);
        return new Reframe(0, date, time, content, ReframeStep.AFTER,
                date.atTime(time).plusMinutes(dice.between(6, 35)).toInstant(ZoneOffset.UTC), followUp);
    }

    /** Mostly the evening; late at night more often in the raw weeks; now and then in the afternoon. */
    private LocalTime timeOf(Phase phase) {
        double night = phase == Phase.RAW ? 0.3 : 0.12;
        double roll = dice.between(0.0, 1.0);
        int minute = roll < night ? dice.between(22 * 60 + 30, 23 * 60 + 50)
                : roll < night + 0.15 ? dice.between(15 * 60, 18 * 60 + 30)
                : dice.between(19 * 60, 22 * 60 + 25);
        return LocalTime.of(minute / 60, minute % 60);
    }

    /** A theme of the setback in focus, or of ordinary life when nothing big weighs on the day. */
    private String theme(int day) {
        Optional<SetbackKind> focus = story.focus(day);
        boolean everyday = focus.isEmpty() || dice.chance(EVERYDAY_THEME_CHANCE);
        return dice.pick(phrases.pool(THEMES_PREFIX + (everyday ? EVERYDAY : focus.get().key())));
    }

    /** One to three hard feelings, stronger in the raw weeks, leaning towards the setback in focus. */
    private List<EmotionRating> feelingsBefore(int day) {
        Optional<SetbackKind> focus = story.focus(day);
        double base = switch (story.phase(day)) {
            case RAW -> 80;
            case HEALING -> 68;
            case STEADY -> 58;
        };
        int count = 1 + dice.weightedIndex(new double[] {0.3, 0.45, 0.25});
        Set<String> felt = new LinkedHashSet<>();
        List<EmotionRating> ratings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Mix mix = focus.isPresent() && dice.chance(0.7) ? focus.get().emotions() : EVERYDAY_FEELINGS;
            int strongestFirst = i;
            mix.pickExcept(dice, felt).ifPresent(id -> {
                felt.add(id);
                ratings.add(EmotionRating.known(id, clamp(base - 8 * strongestFirst + 10 * dice.gaussian(), 20, 100)));
            });
        }
        return ratings;
    }

    /** The same feelings again, usually softer, now and then stronger; sometimes a little relief or calm beside them. */
    private List<EmotionRating> feelingsAfter(List<EmotionRating> before) {
        List<EmotionRating> after = new ArrayList<>();
        for (EmotionRating rating : before) {
            double drop = dice.chance(STRONGER_AFTER_CHANCE) ? -dice.between(0, 10) : 10 + 22 * Math.abs(dice.gaussian());
            after.add(EmotionRating.known(rating.name(), clamp(rating.intensity() - drop, 0, 100)));
        }
        if (dice.chance(0.35)) {
            after.add(EmotionRating.known(EASED_FEELINGS.pick(dice), dice.between(20, 55)));
        }
        return after;
    }

    /** Belief usually eases by 10 to 45 points, a little more once practised; now and then the thought holds firmer. */
    private int beliefAfter(int beliefBefore) {
        if (dice.chance(BELIEVED_MORE_CHANCE)) {
            return clamp(beliefBefore + dice.between(2, 8), 0, 100);
        }
        double practice = Math.min(1.0, (double) written / PRACTISED_AFTER);
        double drop = 16 + 12 * practice + 10 * dice.gaussian();
        return clamp(beliefBefore - Math.max(0, Math.min(drop, beliefBefore - 5)), 0, 100);
    }

    /** One to three traps that fit the theme's thought, sometimes another from the catalogue or one of their own. */
    private List<TrapChoice> traps(String theme) {
        List<String> fitting = phrases.pool(theme + ".traps");
        int count = 1 + dice.weightedIndex(new double[] {0.35, 0.45, 0.2});
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, fitting.size())) {
            chosen.add(dice.pick(fitting));
        }
        if (dice.chance(0.1)) {
            chosen.add(dice.pick(CATALOGUE_ORDER));
        }
        List<TrapChoice> traps = new ArrayList<>();
        chosen.forEach(id -> traps.add(TrapChoice.known(id, dice.chance(0.4))));
        if (dice.chance(CUSTOM_TRAP_CHANCE)) {
            traps.add(TrapChoice.custom(phrases.pick(CUSTOM_TRAP_POOL, dice)));
        }
        return traps;
    }

    /** Looked at again on the day it fell due or a few days later, belief usually a little lower again. */
    private FollowUp followUp(LocalDate due, int beliefAfter, boolean answered) {
        if (!answered) {
            return new FollowUp(due, null, null);
        }
        LocalDate answeredOn = due.plusDays(dice.between(0, 3));
        LocalDate lastDate = story.dateOf(lastDay());
        if (answeredOn.isAfter(lastDate)) {
            answeredOn = lastDate;
        }
        return new FollowUp(due, clamp(beliefAfter - 4 + 8 * dice.gaussian(), 0, 100), answeredOn);
    }

    /** A phrase of the pool, naming this record's friend. */
    private String line(String pool) {
        return dice.pick(phrases.pool(pool)).replace(FRIEND, friend);
    }

    private String twoOf(String pool) {
        String first = line(pool);
        for (int attempt = 0; attempt < 5; attempt++) {
            String second = line(pool);
            if (!second.equals(first)) {
                return first + " " + second;
            }
        }
        return first;
    }

    private static String joinDistinct(String first, String second) {
        return first.equals(second) ? first : first + " " + second;
    }

    /** The latest day with entries between {@code from} and {@code to}; {@code to} itself when none has any. */
    private int writtenDayIn(int from, int to) {
        for (int day = to; day >= Math.max(0, from); day--) {
            if (!story.unwritten(day)) {
                return day;
            }
        }
        return Math.max(0, to);
    }

    private int lastDay() {
        return story.dayCount() - 1;
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }
}
