package app.groundwork.demo;

import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fills in the check-ins of one day from the life story: numbers scattered around the day's usual mood, emotions
 * and body signals that fit both the mood and the setback in focus, life areas, a few tags and a note.
 */
final class CheckInComposer {
    /** Feelings that turn up whatever went wrong; mixed in so no setback reads like a template. */
    private static final Mix EVERYDAY_WORRIES = Mix.of("anxiety", 3).and("disappointment", 3).and("loneliness", 2)
            .and("numbness", 2).and("guilt", 1).and("anger", 1).and("shame", 1).and("fear", 1)
            .and("embarrassment", 1).and("envy", 1).and("grief", 1);
    private static final Mix RAW_COMFORTS = Mix.of("relief", 2).and("gratitude", 2).and("hope", 1).and("calm", 1);
    private static final Mix HEALING_COMFORTS = Mix.of("hope", 3).and("relief", 2).and("calm", 2).and("gratitude", 2)
            .and("pride", 1);
    private static final Mix STEADY_COMFORTS = Mix.of("calm", 3).and("gratitude", 3).and("pride", 2).and("hope", 2)
            .and("relief", 1);
    private static final Mix EVERYDAY_SIGNALS = Mix.of("tense-shoulders", 3).and("tight-chest", 2)
            .and("heavy-limbs", 2).and("knot-in-stomach", 2).and("racing-heart", 1).and("poor-sleep", 1)
            .and("urge-to-hide", 1).and("dislike-being-watched", 1);
    private static final Mix EVERYDAY_AREAS = Mix.of("work", 4).and("relationship", 2).and("health", 2)
            .and("other", 2).and("money", 1).and("study", 1);
    private static final String POOR_SLEEP = "poor-sleep";
    private static final double SHORT_NIGHT_HOURS = 6;
    private static final double CUSTOM_EMOTION_CHANCE = 0.035;
    private static final double CUSTOM_SIGNAL_CHANCE = 0.025;

    private final LifeStory story;
    private final NoteWriter notes;
    private final PhraseBook phrases;
    private final Dice dice;

    CheckInComposer(LifeStory story, NoteWriter notes, PhraseBook phrases, Dice dice) {
        this.story = story;
        this.notes = notes;
        this.phrases = phrases;
        this.dice = dice;
    }

    /** The check-ins of one day, one per slot, in the slots' order. */
    List<CheckInContent> composeDay(int day, List<DaySlot> slots) {
        LocalDate date = story.dateOf(day);
        Phase phase = story.phase(day);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        double lastNightsSleep = lastNightsSleep(day, weekend);
        int runEntry = dice.chance(runChance(phase)) ? dice.between(0, slots.size() - 1) : -1;
        // a session is written about at the day's last check-in, after it has happened
        int therapyEntry = story.therapyDay(day) ? slots.size() - 1 : -1;
        List<CheckInContent> checkIns = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            DaySlot slot = slots.get(i);
            Double loggedSleep = dice.chance(sleepLoggingChance(i, slot)) ? lastNightsSleep : null;
            Moment moment = new Moment(day, date, weekend, slot, lastNightsSleep, day == 0 && i == 0);
            checkIns.add(compose(moment, loggedSleep, i == runEntry, i == therapyEntry));
        }
        return checkIns;
    }

    /** One check-in's place in the day. */
    private record Moment(int day, LocalDate date, boolean weekend, DaySlot slot, double lastNightsSleep,
            boolean firstEntry) {
    }

    private CheckInContent compose(Moment moment, Double loggedSleep, boolean ran, boolean therapy) {
        int day = moment.day();
        double usualMood = story.moodLevel(day);
        int mood = clamp(usualMood + moment.slot().moodShift() + 0.8 * dice.gaussian(), 1, 10);
        Integer selfTrust = dice.chance(0.07) ? null
                : clamp(story.trustLevel(day) + 0.4 * (mood - usualMood) + 0.7 * dice.gaussian(), 0, 10);
        Integer energy = dice.chance(0.1) ? null
                : clamp(1 + (mood - 1) * 0.36 + (moment.lastNightsSleep() - 7) * 0.25 + moment.slot().energyShift()
                        + 0.5 * dice.gaussian(), 1, 5);
        Optional<SetbackKind> focus = moment.firstEntry() ? Optional.of(story.openingKind()) : story.focus(day);
        Phase phase = story.phase(day);
        // how strongly hard and good feelings show at this mood: mostly hard at 1, mostly good at 10
        double distress = Math.max(0, Math.min(1, (8.0 - mood) / 7.0));
        double ease = Math.max(0, Math.min(1, (mood - 3.0) / 7.0));
        NoteMoment.Turn turn = story.inRoughPatch(day) || mood <= usualMood - 1.5 ? NoteMoment.Turn.LOW
                : mood >= usualMood + 1.5 ? NoteMoment.Turn.HIGH : NoteMoment.Turn.USUAL;
        String note = notes.write(new NoteMoment(moment.date(), moment.slot(), phase, focus.orElse(null), turn, mood,
                moment.firstEntry()));
        return new CheckInContent(moment.date(), moment.slot().timeOn(moment.weekend(), dice), mood, selfTrust,
                energy, loggedSleep, emotions(distress, ease, phase, focus),
                bodySignals(distress, moment.lastNightsSleep(), focus), lifeAreas(phase, focus), note,
                tags(moment.date(), focus, ran, therapy));
    }

    /** Hard feelings grow with distress and lean towards the setback in focus; good ones grow with ease. */
    private List<EmotionRating> emotions(double distress, double ease, Phase phase, Optional<SetbackKind> focus) {
        List<EmotionRating> ratings = new ArrayList<>();
        Set<String> felt = new LinkedHashSet<>();
        int worries = clamp(distress * 3.2 + 0.7 * dice.gaussian(), 0, 4);
        for (int i = 0; i < worries; i++) {
            Mix mix = focus.isPresent() && dice.chance(0.7) ? focus.get().emotions() : EVERYDAY_WORRIES;
            int strongestFirst = i;
            mix.pickExcept(dice, felt).ifPresent(id -> {
                felt.add(id);
                int intensity = clamp(15 + 75 * distress * (1 - 0.12 * strongestFirst) + 12 * dice.gaussian(), 5, 100);
                ratings.add(EmotionRating.known(id, intensity));
            });
        }
        int comforts = clamp(ease * 2.2 - 0.3 + 0.7 * dice.gaussian(), 0, 3);
        Mix comfortMix = switch (phase) {
            case RAW -> RAW_COMFORTS;
            case HEALING -> HEALING_COMFORTS;
            case STEADY -> STEADY_COMFORTS;
        };
        for (int i = 0; i < comforts; i++) {
            comfortMix.pickExcept(dice, felt).ifPresent(id -> {
                felt.add(id);
                ratings.add(EmotionRating.known(id, clamp(20 + 60 * ease + 12 * dice.gaussian(), 5, 100)));
            });
        }
        if (dice.chance(CUSTOM_EMOTION_CHANCE)) {
            ratings.add(EmotionRating.custom(phrases.pick("custom.emotion", dice), dice.between(25, 80)));
        }
        return ratings;
    }

    private List<BodySignalMark> bodySignals(double distress, double lastNightsSleep, Optional<SetbackKind> focus) {
        Set<String> noticed = new LinkedHashSet<>();
        int count = clamp(distress * 2.6 - 0.2 + 0.6 * dice.gaussian(), 0, 3);
        for (int i = 0; i < count; i++) {
            Mix mix = focus.isPresent() && dice.chance(0.75) ? focus.get().bodySignals() : EVERYDAY_SIGNALS;
            mix.pickExcept(dice, noticed).ifPresent(noticed::add);
        }
        if (lastNightsSleep < SHORT_NIGHT_HOURS && dice.chance(0.5)) {
            noticed.add(POOR_SLEEP);
        }
        List<BodySignalMark> marks = new ArrayList<>();
        noticed.forEach(id -> marks.add(BodySignalMark.known(id)));
        if (dice.chance(CUSTOM_SIGNAL_CHANCE)) {
            marks.add(BodySignalMark.custom(phrases.pick("custom.bodySignal", dice)));
        }
        return marks;
    }

    private List<String> lifeAreas(Phase phase, Optional<SetbackKind> focus) {
        Set<String> areas = new LinkedHashSet<>();
        if (focus.isPresent() && dice.chance(0.8)) {
            areas.addAll(focus.get().mainAreas());
            focus.get().sideAreas().stream().filter(area -> dice.chance(0.4)).forEach(areas::add);
        } else if (dice.chance(phase == Phase.STEADY ? 0.22 : 0.35)) {
            areas.add(EVERYDAY_AREAS.pick(dice));
        }
        return List.copyOf(areas);
    }

    private List<String> tags(LocalDate date, Optional<SetbackKind> focus, boolean ran, boolean therapy) {
        Set<String> tags = new LinkedHashSet<>();
        if (therapy && dice.chance(0.85)) {
            tags.add("therapy");
        }
        if (ran && dice.chance(0.9)) {
            tags.add("run");
        }
        if (focus.isPresent() && dice.chance(0.45)) {
            tags.add(phrases.pick("tags." + focus.get().key(), dice));
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY && dice.chance(0.25)) {
            tags.add("sunday");
        }
        if (dice.chance(0.18)) {
            tags.add(phrases.pick("tags.everyday", dice));
        }
        return List.copyOf(tags);
    }

    /** The same night's sleep for every check-in of a day: shorter and more erratic when things are hard. */
    private double lastNightsSleep(int day, boolean weekend) {
        double strain = Math.max(0, Math.min(1, (7.0 - story.moodLevel(day)) / 5.0));
        double hours = 7.3 + (weekend ? 0.4 : 0) - 1.6 * strain + (0.7 + 0.6 * strain) * dice.gaussian();
        return Math.max(3.5, Math.min(10, Math.round(hours * 2) / 2.0));
    }

    /** Sleep is most often logged at the first check-in of the day, best of all in the morning. */
    private static double sleepLoggingChance(int indexInDay, DaySlot slot) {
        if (indexInDay > 0) {
            return 0.6;
        }
        return slot == DaySlot.MORNING ? 0.9 : 0.7;
    }

    /** Running comes back as recovery does. */
    private static double runChance(Phase phase) {
        return switch (phase) {
            case RAW -> 0.03;
            case HEALING -> 0.15;
            case STEADY -> 0.3;
        };
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }
}
