package app.groundwork.demo;

import app.groundwork.content.GoalIdeas;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.TakenAssessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the check-ins of a believable demo journal, for screenshots, manual testing and the benchmark. The
 * journal opens with a big failure, recovers slowly and unevenly, meets a smaller setback every year or two and
 * ends on a steadier stretch. Self-assessments, thought records and small steps written along the way follow the same
 * story. The
 * same seed always gives the same journal; nothing depends on the clock.
 */
public final class DemoJournalGenerator {
    private static final String PHRASE_FILE = "/demo/phrases.txt";
    private static final String REFRAME_PHRASE_FILE = "/demo/reframes.txt";
    private static final String GOAL_PHRASE_FILE = "/demo/goals.txt";
    /** Chances of 1 to 5 check-ins on a day with entries; about three on average, a little more when raw. */
    private static final double[] CHECK_INS_PER_DAY = {0.08, 0.20, 0.33, 0.25, 0.14};
    private static final double[] CHECK_INS_PER_RAW_DAY = {0.06, 0.16, 0.32, 0.28, 0.18};
    /** The journal is started on the evening of the opening failure, once the day has sunk in. */
    private static final List<DaySlot> OPENING_DAY = List.of(DaySlot.EVENING, DaySlot.NIGHT);

    /** Mixed into the seed for the answers' own dice. */
    private static final long ASSESSMENT_DICE = 0x5e1f_a55e_55L;
    /** Mixed into the seed for the thought records' own dice. */
    private static final long REFRAME_DICE = 0x7e_f7a3_ed0cL;
    /** Mixed into the seed for the steps' own dice. */
    private static final long GOAL_DICE = 0x60a1_5_7e95L;

    private final long seed;
    private final PhraseBook phrases;

    public DemoJournalGenerator(long seed) {
        this.seed = seed;
        this.phrases = PhraseBook.load(PHRASE_FILE);
    }

    /**
     * The check-ins from {@code lastDay} minus {@code years} years up to {@code lastDay}, both inclusive, in
     * chronological order. Some days have none: people skip days, and sometimes a week or two.
     *
     * @throws IllegalArgumentException when {@code years} is less than 1
     */
    public List<CheckInContent> generate(LocalDate lastDay, int years) {
        Objects.requireNonNull(lastDay, "lastDay");
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1: " + years);
        }
        Dice dice = new Dice(seed);
        LifeStory story = LifeStory.plan(dice, lastDay.minusYears(years), lastDay);
        CheckInComposer composer = new CheckInComposer(story, new NoteWriter(phrases, dice), phrases, dice);
        List<CheckInContent> journal = new ArrayList<>(story.dayCount() * 4);
        for (int day = 0; day < story.dayCount(); day++) {
            if (!story.unwritten(day)) {
                List<DaySlot> slots = day == 0 ? OPENING_DAY : slotsOf(story.phase(day), dice);
                journal.addAll(composer.composeDay(day, slots));
            }
        }
        return journal;
    }

    /**
     * The self-assessments of the same journal ({@link #generate} with the same arguments tells the story they
     * follow), oldest first: the WHO-5 about every two weeks, the last one a little over two weeks before
     * {@code lastDay} so it is due again; a PHQ-9 with a GAD-7 every six to ten weeks; the RSES and the SCS-SF a few
     * times a year. PHQ-9 item 9 is always 0.
     *
     * @throws IllegalArgumentException when {@code years} is less than 1
     */
    public List<TakenAssessment> assessments(LocalDate lastDay, int years) {
        Objects.requireNonNull(lastDay, "lastDay");
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1: " + years);
        }
        // the story is planned from the seed exactly as for the check-ins; the answers have dice of their own, so
        // adding them changed no check-in
        LifeStory story = LifeStory.plan(new Dice(seed), lastDay.minusYears(years), lastDay);
        return new AssessmentComposer(story, new Dice(seed ^ ASSESSMENT_DICE)).compose();
    }

    /**
     * The thought records of the same journal, oldest first: one to three a week while the story is hard, only now and
     * then once life is steady. Every one is finished (step {@code AFTER}, id 0 for the store to assign); their
     * {@code finishedAt} is read in UTC. Some have a follow-up that was answered; the last one or two have a follow-up
     * due in the final days before {@code lastDay} and not yet answered. Adding them changed no check-in or
     * self-assessment.
     *
     * @throws IllegalArgumentException when {@code years} is less than 1
     */
    public List<Reframe> reframes(LocalDate lastDay, int years) {
        Objects.requireNonNull(lastDay, "lastDay");
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1: " + years);
        }
        LifeStory story = LifeStory.plan(new Dice(seed), lastDay.minusYears(years), lastDay);
        return new ReframeComposer(story, PhraseBook.load(REFRAME_PHRASE_FILE), new Dice(seed ^ REFRAME_DICE)).compose();
    }

    /**
     * The steps of the same journal: about six hundred outcomes a year of a few recurring steps that change every few
     * months, one-off steps from {@code ideas}, a few experiments a month, some skipped or let go, and a handful of
     * wins written in by hand. Goals are numbered 1, 2, 3… in the order they were set, as
     * {@code GoalService.saveAll} expects; the last ones set are still open on {@code lastDay}. Adding them changed no
     * check-in, self-assessment or thought record.
     *
     * @throws IllegalArgumentException when {@code years} is less than 1
     */
    public DemoGoals goals(LocalDate lastDay, int years, GoalIdeas ideas) {
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(ideas, "ideas");
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1: " + years);
        }
        LifeStory story = LifeStory.plan(new Dice(seed), lastDay.minusYears(years), lastDay);
        return new GoalComposer(story, ideas, PhraseBook.load(GOAL_PHRASE_FILE), new Dice(seed ^ GOAL_DICE)).compose();
    }

    /** Which parts of the day get a check-in; an {@link EnumSet} keeps them in the order of the day. */
    private static List<DaySlot> slotsOf(Phase phase, Dice dice) {
        int count = 1 + dice.weightedIndex(phase == Phase.RAW ? CHECK_INS_PER_RAW_DAY : CHECK_INS_PER_DAY);
        DaySlot[] slots = DaySlot.values();
        double[] weights = new double[slots.length];
        for (int i = 0; i < slots.length; i++) {
            weights[i] = slotWeight(slots[i], phase);
        }
        Set<DaySlot> chosen = EnumSet.noneOf(DaySlot.class);
        while (chosen.size() < count) {
            int index = dice.weightedIndex(weights);
            chosen.add(slots[index]);
            weights[index] = 0;
        }
        return List.copyOf(chosen);
    }

    /** Mornings and evenings are the usual times; late-night entries mostly come from the hard weeks. */
    private static double slotWeight(DaySlot slot, Phase phase) {
        return switch (slot) {
            case MORNING -> 0.9;
            case MIDDAY, AFTERNOON -> 0.5;
            case EVENING -> 0.95;
            case NIGHT -> switch (phase) {
                case RAW -> 0.45;
                case HEALING -> 0.25;
                case STEADY -> 0.12;
            };
        };
    }
}
