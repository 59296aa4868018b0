package app.groundwork.demo;

import app.groundwork.content.GoalIdea;
import app.groundwork.content.GoalIdeas;
import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.OwnWin;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.Recurrence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The steps of the demo journal. A few weeks after the opening blow the person sets a first tiny step that comes
 * round every day, soon a second; each recurring step is swapped for another every two to five months (the old one
 * let go), and in the steadier years a third comes and goes. One-off steps from the idea library are set about twice
 * a week, sized by how the person is doing and growing a little over the years; most are done within days, some
 * partly first, some skipped first, and some let go. A few experiments a month test a fear: the discomfort expected is
 * usually higher than the discomfort felt. Days without any writing have no outcomes either. A handful of wins a year
 * are written in by hand. The last steps set are still open on the last day, so the Goals screen has a list.
 */
final class GoalComposer {
    private static final String RECURRING_IDEAS = "recurring.ideas";
    private static final String RECURRING_OWN = "recurring.own";
    private static final String EXPERIMENTS = "experiments";
    private static final List<String> EXPERIMENT_PARTS = List.of("title", "fear", "happened", "learned");

    /** The first step comes a week or three after the blow, often on the therapist's suggestion. */
    private static final int FIRST_STEP_FROM = 8;
    private static final int FIRST_STEP_TO = 24;
    /** A recurring step lasts a few months before it is swapped for another. */
    private static final int RECURRING_SHORTEST = 60;
    private static final int RECURRING_LONGEST = 150;
    /** A third recurring step is taken on only once life is steadier, and not all the time. */
    private static final int THIRD_SLOT_FROM = 300;
    private static final double ONE_OFF_PER_DAY = 0.26;
    private static final double ONE_OFF_PER_RAW_DAY = 0.1;
    private static final double EXPERIMENT_PER_DAY = 0.09;
    private static final double EXPERIMENT_PER_RAW_DAY = 0.025;
    private static final double OWN_WIN_PER_DAY = 3.5 / 365;
    private static final double NOTE_CHANCE = 0.14;
    /** A step's outcome lands on the next day with writing; one that would fall after the last day is never marked. */
    private static final int LOOK_AHEAD_DAYS = 14;

    private final LifeStory story;
    private final GoalIdeas ideas;
    private final PhraseBook phrases;
    private final Dice dice;
    private final List<RecurringChoice> recurringChoices;
    private final List<ExperimentTheme> themes;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<OwnWin> wins = new ArrayList<>();

    GoalComposer(LifeStory story, GoalIdeas ideas, PhraseBook phrases, Dice dice) {
        this.story = story;
        this.ideas = ideas;
        this.phrases = phrases;
        this.dice = dice;
        this.recurringChoices = recurringChoices(ideas, phrases);
        this.themes = themes(phrases);
        for (String pool : List.of("note.done", "note.partly", "note.skipped", "note.let-go", "win.title", "win.note")) {
            phrases.pool(pool);
        }
    }

    /** Every goal, outcome and hand-written win; goals numbered in the order they were set. */
    DemoGoals compose() {
        int first = writtenDayFrom(dice.between(FIRST_STEP_FROM, FIRST_STEP_TO));
        if (first < 0) {
            return new DemoGoals(List.of(), List.of(), List.of());
        }
        recurringSlot(first, 0);
        recurringSlot(first + dice.between(20, 60), 0);
        recurringSlot(first + THIRD_SLOT_FROM + dice.between(0, 200), dice.between(30, 120));
        for (int day = first; day <= lastDay(); day++) {
            if (story.unwritten(day)) {
                continue;
            }
            if (dice.chance(story.phase(day) == Phase.RAW ? ONE_OFF_PER_RAW_DAY : ONE_OFF_PER_DAY)) {
                oneOff(day);
            }
            if (day > first && dice.chance(story.phase(day) == Phase.RAW ? EXPERIMENT_PER_RAW_DAY : EXPERIMENT_PER_DAY)) {
                experiment(day);
            }
            if (dice.chance(OWN_WIN_PER_DAY)) {
                wins.add(new OwnWin(0, story.dateOf(day), phrases.pick("win.title", dice),
                        dice.chance(0.4) ? phrases.pick("win.note", dice) : ""));
            }
        }
        openAtTheEnd(first);
        return assemble();
    }

    /**
     * One recurring step after another from {@code start}: each lasts a few months and is let go on its last day,
     * then the next follows after {@code gap} days or so. The one running on the last day stays open.
     */
    private void recurringSlot(int start, int gap) {
        int day = writtenDayFrom(start);
        while (day >= 0 && day <= lastDay()) {
            RecurringChoice choice = recurringFor(story.phase(day));
            Draft draft = new Draft(new GoalPlan(choice.title(), choice.category(), choice.size(), choice.days(), null, "",
                    null, choice.ideaId()), day, minuteOfDay());
            drafts.add(draft);
            int end = day + dice.between(RECURRING_SHORTEST, RECURRING_LONGEST);
            for (int on = day; on < Math.min(end, lastDay() + 1); on++) {
                if (!story.unwritten(on) && choice.days().fallsOn(story.dateOf(on))) {
                    markRoutine(draft, on);
                }
            }
            int letGo = writtenDayFrom(end);
            if (end > lastDay() || letGo < 0) {
                return;
            }
            draft.mark(letGo, GoalOutcome.LET_GO, note(GoalOutcome.LET_GO), null);
            draft.ended = letGo;
            day = writtenDayFrom(letGo + 1 + (gap == 0 ? dice.between(0, 10) : gap + dice.between(0, gap)));
        }
    }

    /** A recurring step on one of its days: usually done, now and then partly or skipped, sometimes left unmarked. */
    private void markRoutine(Draft draft, int day) {
        Phase phase = story.phase(day);
        double marked = switch (phase) {
            case RAW -> 0.7;
            case HEALING -> 0.8;
            case STEADY -> 0.86;
        };
        if (!dice.chance(story.inRoughPatch(day) ? marked - 0.15 : marked)) {
            return;
        }
        double[] weights = switch (phase) {
            case RAW -> new double[] {0.55, 0.25, 0.2};
            case HEALING -> new double[] {0.68, 0.17, 0.15};
            case STEADY -> new double[] {0.78, 0.1, 0.12};
        };
        if (story.inRoughPatch(day)) {
            weights[0] -= 0.15;
            weights[2] += 0.15;
        }
        GoalOutcome outcome = new GoalOutcome[] {GoalOutcome.DONE, GoalOutcome.PARTLY, GoalOutcome.SKIPPED}[dice.weightedIndex(weights)];
        draft.mark(day, outcome, note(outcome), null);
    }

    /** A one-off step from the idea library, done in the next days, or partly or skipped first, or let go. */
    private void oneOff(int day) {
        int dueIn = dice.chance(0.5) ? dice.between(0, 6) : -1;
        Draft draft = oneOffDraft(day, dueIn);
        int size = draft.plan.size();
        int on = writtenDayFrom(day + Math.max(0, dueIn) + dice.between(0, 3));
        double roll = dice.between(0.0, 1.0);
        if (roll < 0.12) {
            on = markOnce(draft, on, GoalOutcome.SKIPPED, null, dice.between(1, 4));
        } else if (roll < 0.26) {
            on = markOnce(draft, on, GoalOutcome.PARTLY, null, dice.between(1, 5));
        }
        end(draft, on, dice.chance(0.1 + size * 0.02) ? GoalOutcome.LET_GO : GoalOutcome.DONE, null);
    }

    /**
     * An experiment: the fear and the discomfort expected, then how it went, usually easier than feared. Now and then
     * only part of it is done at first and the rest a few days later; now and then it is let go.
     */
    private void experiment(int day) {
        ExperimentTheme theme = dice.pick(themes);
        String key = theme.key();
        int predicted = clamp(68 + 12 * dice.gaussian(), 35, 95);
        int dueIn = dice.chance(0.6) ? dice.between(1, 6) : -1;
        Draft draft = experimentDraft(theme, predicted, day, dueIn);
        int on = writtenDayFrom(day + (dueIn < 0 ? dice.between(1, 5) : dueIn));
        if (dice.chance(0.1)) {
            on = markOnce(draft, on, GoalOutcome.SKIPPED, null, dice.between(1, 4));
        }
        if (dice.chance(0.08)) {
            end(draft, on, GoalOutcome.LET_GO, null);
            return;
        }
        if (dice.chance(0.1)) {
            on = markOnce(draft, on, GoalOutcome.PARTLY, result(key, predicted), dice.between(2, 7));
        }
        end(draft, on, GoalOutcome.DONE, result(key, predicted));
    }

    /** An idea of a size that suits the day, from any category, set on {@code day}. */
    private Draft oneOffDraft(int day, int dueIn) {
        int size = sizeFor(day);
        GoalCategory category = GoalCategory.values()[dice.between(0, GoalCategory.values().length - 1)];
        GoalIdea idea = dice.pick(ideas.ideas(category, size));
        Draft draft = new Draft(new GoalPlan(idea.title(), idea.category(), idea.size(), Recurrence.NONE,
                dueIn < 0 ? null : story.dateOf(day + dueIn), "", null, idea.id()), day, minuteOfDay());
        drafts.add(draft);
        return draft;
    }

    private Draft experimentDraft(ExperimentTheme theme, int predicted, int day, int dueIn) {
        String key = theme.key();
        Draft draft = new Draft(new GoalPlan(phrases.pick(key + ".title", dice), theme.category(), theme.size(),
                Recurrence.NONE, dueIn < 0 ? null : story.dateOf(day + dueIn), "",
                new Prediction(phrases.pick(key + ".fear", dice), predicted), null), day, minuteOfDay());
        drafts.add(draft);
        return draft;
    }

    /**
     * The last days leave something on the list besides the recurring steps: one or two steps set but not taken yet,
     * and an experiment still ahead.
     */
    private void openAtTheEnd(int first) {
        int count = dice.between(1, 2);
        for (int i = 0; i < count; i++) {
            oneOffDraft(Math.max(first, lastDay() - dice.between(0, 3)), dice.chance(0.5) ? dice.between(0, 4) : -1);
        }
        experimentDraft(dice.pick(themes), clamp(68 + 12 * dice.gaussian(), 35, 95),
                Math.max(first, lastDay() - dice.between(1, 4)), dice.between(4, 6));
    }

    /** How an experiment really felt: most often well below the fear, sometimes a little above it. */
    private ExperimentResult result(String key, int predicted) {
        int actual = dice.chance(0.85)
                ? predicted - clamp(26 + 14 * dice.gaussian(), 4, predicted)
                : Math.min(100, predicted + dice.between(0, 12));
        return new ExperimentResult(dice.chance(0.85) ? phrases.pick(key + ".happened", dice) : "", actual,
                dice.chance(0.75) ? phrases.pick(key + ".learned", dice) : "");
    }

    /** Marks {@code outcome} on {@code day} if it is inside the journal and returns the day for the next mark. */
    private int markOnce(Draft draft, int day, GoalOutcome outcome, ExperimentResult result, int daysLater) {
        if (day < 0) {
            return day;
        }
        draft.mark(day, outcome, note(outcome), result);
        return writtenDayFrom(day + daysLater);
    }

    /** The last outcome of a one-off step: done or let go, it leaves the list that day. */
    private void end(Draft draft, int day, GoalOutcome outcome, ExperimentResult result) {
        if (day < 0) {
            return;
        }
        draft.mark(day, outcome, note(outcome), result);
        draft.ended = day;
    }

    /** Smaller in the raw weeks; over the years the steps taken on grow a size or two. */
    private int sizeFor(int day) {
        double years = day / 365.0;
        double[] weights = switch (story.phase(day)) {
            case RAW -> new double[] {0.6, 0.35, 0.05, 0, 0};
            case HEALING -> new double[] {0.3, 0.4, 0.22, 0.08, 0};
            case STEADY -> new double[] {0.12, 0.28, 0.3, 0.2 + Math.min(0.1, years * 0.02), 0.05 + Math.min(0.1, years * 0.02)};
        };
        return 1 + dice.weightedIndex(weights);
    }

    /** A recurring step no bigger than the person can carry every week right now. */
    private RecurringChoice recurringFor(Phase phase) {
        int largest = switch (phase) {
            case RAW -> 1;
            case HEALING -> 2;
            case STEADY -> 3;
        };
        List<RecurringChoice> fitting = recurringChoices.stream().filter(choice -> choice.size() <= largest).toList();
        return dice.pick(fitting);
    }

    private String note(GoalOutcome outcome) {
        return dice.chance(NOTE_CHANCE) ? phrases.pick("note." + outcome.id(), dice) : "";
    }

    /** Each step has a usual time of day; mornings and evenings mostly. */
    private int minuteOfDay() {
        return dice.chance(0.35) ? dice.between(7 * 60, 9 * 60 + 30) : dice.between(17 * 60, 22 * 60);
    }

    /** The first day with writing from {@code day} on, looking at most two weeks ahead; -1 when there is none. */
    private int writtenDayFrom(int day) {
        for (int on = Math.max(0, day); on <= Math.min(lastDay(), day + LOOK_AHEAD_DAYS); on++) {
            if (!story.unwritten(on)) {
                return on;
            }
        }
        return -1;
    }

    private int lastDay() {
        return story.dayCount() - 1;
    }

    /** The goals numbered 1, 2, 3… in the order they were set, their outcomes in order of day and time. */
    private DemoGoals assemble() {
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparingInt((Draft draft) -> draft.created).thenComparingInt(draft -> draft.minute));
        List<Goal> goals = new ArrayList<>();
        List<GoalMark> marks = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Draft draft = ordered.get(i);
            Goal goal = new Goal(i + 1, draft.plan, story.dateOf(draft.created),
                    draft.ended < 0 ? null : story.dateOf(draft.ended));
            goals.add(goal);
            for (PlannedMark planned : draft.marks) {
                int minute = Math.max(6 * 60 + 30, Math.min(23 * 60 + 30, draft.minute + dice.between(-45, 45)));
                marks.add(new GoalMark(0, goal, story.dateOf(planned.day()), LocalTime.of(minute / 60, minute % 60),
                        planned.outcome(), planned.note(), planned.result()));
            }
        }
        marks.sort(Comparator.comparing(GoalMark::date).thenComparing(GoalMark::time));
        return new DemoGoals(goals, marks, wins);
    }

    private static List<RecurringChoice> recurringChoices(GoalIdeas ideas, PhraseBook phrases) {
        List<RecurringChoice> choices = new ArrayList<>();
        for (String line : phrases.pool(RECURRING_IDEAS)) {
            String[] parts = line.split("\\|");
            GoalIdea idea = parts.length == 2 ? ideas.idea(parts[1].strip()).orElse(null) : null;
            if (idea == null) {
                throw new IllegalStateException("[" + RECURRING_IDEAS + "] \"" + line + "\" must be days|idea-id of goal-ideas.json");
            }
            choices.add(new RecurringChoice(idea.title(), idea.category(), idea.size(), days(line, parts[0]), idea.id()));
        }
        for (String line : phrases.pool(RECURRING_OWN)) {
            String[] parts = line.split("\\|");
            if (parts.length != 4) {
                throw new IllegalStateException("[" + RECURRING_OWN + "] \"" + line + "\" must be days|category|size|title");
            }
            choices.add(new RecurringChoice(parts[3].strip(), category(line, parts[1]), size(line, parts[2]),
                    days(line, parts[0]), null));
        }
        return List.copyOf(choices);
    }

    private static List<ExperimentTheme> themes(PhraseBook phrases) {
        List<ExperimentTheme> themes = new ArrayList<>();
        for (String line : phrases.pool(EXPERIMENTS)) {
            String[] parts = line.split("\\|");
            if (parts.length != 3) {
                throw new IllegalStateException("[" + EXPERIMENTS + "] \"" + line + "\" must be key|category|size");
            }
            String key = parts[0].strip();
            for (String part : EXPERIMENT_PARTS) {
                phrases.pool(key + "." + part);
            }
            themes.add(new ExperimentTheme(key, category(line, parts[1]), size(line, parts[2])));
        }
        return List.copyOf(themes);
    }

    private static Recurrence days(String line, String text) {
        return Recurrence.parse(text).filter(Recurrence::recurring)
                .orElseThrow(() -> new IllegalStateException("\"" + line + "\": \"" + text + "\" is not daily or weekdays"));
    }

    private static GoalCategory category(String line, String text) {
        return GoalCategory.fromId(text.strip())
                .orElseThrow(() -> new IllegalStateException("\"" + line + "\": \"" + text + "\" is not a goal category"));
    }

    private static int size(String line, String text) {
        try {
            int size = Integer.parseInt(text.strip());
            if (size >= GoalPlan.SMALLEST && size <= GoalPlan.LARGEST) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("\"" + line + "\": \"" + text + "\" is not a size from 1 to 5");
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }

    /** A recurring step the person might take on. */
    private record RecurringChoice(String title, GoalCategory category, int size, Recurrence days, String ideaId) {
    }

    /** One kind of fear an experiment tests, with its phrase pools under {@code key}. */
    private record ExperimentTheme(String key, GoalCategory category, int size) {
    }

    private record PlannedMark(int day, GoalOutcome outcome, String note, ExperimentResult result) {
    }

    /** A goal while its story is being written: outcomes are added day by day, the end day last. */
    private static final class Draft {
        final GoalPlan plan;
        final int created;
        final int minute;
        final List<PlannedMark> marks = new ArrayList<>();
        int ended = -1;

        Draft(GoalPlan plan, int created, int minute) {
            this.plan = plan;
            this.created = created;
            this.minute = minute;
        }

        void mark(int day, GoalOutcome outcome, String note, ExperimentResult result) {
            marks.add(new PlannedMark(day, outcome, note, result));
        }
    }
}
