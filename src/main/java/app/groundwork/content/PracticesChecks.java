package app.groundwork.content;

import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalPlan;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of {@code practices.json}: a title, a reason, minutes 1–120, a known card, at least one step (unique ids,
 * a prompt, {@code text} or {@code none}, a timer of 1–3600 seconds if any), and well-formed optional blocks; once
 * every entry is read, follow-ups that are ids must name a practice of the file.
 */
final class PracticesChecks implements EntryCheck<Practice> {
    static final String LIST = "practices";
    static final int MAX_MINUTES = 120;
    static final int MAX_TIMER_SECONDS = 3600;
    static final int MAX_SERIES_DAYS = 30;
    static final int MAX_ROUNDS = 100;
    static final int MAX_PHASE_SECONDS = 20;
    private static final Set<String> ANSWER_KINDS = Set.of("text", "none");
    private static final String CATEGORY_LIST =
            Arrays.stream(GoalCategory.values()).map(GoalCategory::id).collect(Collectors.joining(", "));

    private final Set<String> cardIds;

    PracticesChecks(Set<String> cardIds) {
        this.cardIds = Set.copyOf(cardIds);
    }

    static List<Practice> read(ContentFileReader reader, String file, Set<String> cardIds) {
        List<Practice> practices = reader.readEntries(file, LIST, Practice.class, Practice::id, new PracticesChecks(cardIds));
        requireKnownFollowUps(file, practices);
        return practices;
    }

    @Override
    public void check(Practice practice, EntryFields fields) {
        fields.requireId(practice.id());
        fields.requireText("title", practice.title());
        fields.requireText("why", practice.why());
        requireNumber(fields, "minutes", practice.minutes(), 1, MAX_MINUTES);
        fields.requireKnownIfSet("card", practice.card(), cardIds, "card");
        checkSteps(practice.steps(), fields);
        if (practice.breathing() != null) {
            checkBreathing(practice.breathing(), fields);
        }
        if (practice.series() != null) {
            checkSeries(practice.series(), fields);
        }
        if (practice.becomesGoal() != null) {
            checkGoal(practice.becomesGoal(), practice.steps(), fields);
        }
        for (int i = 0; i < practice.followUps().size(); i++) {
            fields.requireText("followUps[" + i + "]", practice.followUps().get(i));
        }
    }

    private static void checkSteps(List<PracticeStep> steps, EntryFields fields) {
        if (steps == null) {
            throw fields.problem("steps", "is missing");
        }
        if (steps.isEmpty()) {
            throw fields.problem("steps", "holds no step; a practice needs at least one");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            PracticeStep step = steps.get(i);
            String at = "steps[" + i + "].";
            if (step == null) {
                throw fields.problem("steps[" + i + "]", "is null; expected a step");
            }
            requireId(fields, at + "id", step.id());
            if (!ids.add(step.id())) {
                throw fields.problem(at + "id", "the step id \"" + step.id() + "\" is already used in this practice");
            }
            fields.requireText(at + "prompt", step.prompt());
            if (step.example() != null) {
                fields.requireText(at + "example", step.example());
            }
            fields.requireRangeIfSet(at + "timerSeconds", step.timerSeconds(), 1, MAX_TIMER_SECONDS);
            fields.requireOneOf(at + "answer", step.answer(), ANSWER_KINDS);
        }
    }

    private static void checkBreathing(PracticeBreathing breathing, EntryFields fields) {
        List<BreathingPattern> patterns = breathing.patterns();
        if (patterns == null) {
            throw fields.problem("breathing.patterns", "is missing");
        }
        if (patterns.isEmpty()) {
            throw fields.problem("breathing.patterns", "holds no pattern; the guide needs at least one");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < patterns.size(); i++) {
            BreathingPattern pattern = patterns.get(i);
            String at = "breathing.patterns[" + i + "].";
            requireId(fields, at + "id", pattern.id());
            if (!ids.add(pattern.id())) {
                throw fields.problem(at + "id", "the pattern id \"" + pattern.id() + "\" is already used in this guide");
            }
            fields.requireText(at + "name", pattern.name());
            requirePositive(fields, at + "inhale", pattern.inhale());
            requireHold(fields, at + "holdIn", pattern.holdIn());
            requirePositive(fields, at + "exhale", pattern.exhale());
            requireHold(fields, at + "holdOut", pattern.holdOut());
        }
        fields.requireKnown("breathing.defaultPattern", breathing.defaultPattern(), ids, "pattern in this guide");
        requireNumber(fields, "breathing.rounds", breathing.rounds(), 1, MAX_ROUNDS);
    }

    private static void checkSeries(PracticeSeries series, EntryFields fields) {
        requireNumber(fields, "series.days", series.days(), 1, MAX_SERIES_DAYS);
        requireNumber(fields, "series.minutesPerDay", series.minutesPerDay(), 1, MAX_MINUTES);
        if (series.focus() == null) {
            throw fields.problem("series.focus", "is missing");
        }
        if (series.focus().size() != series.days()) {
            throw fields.problem("series.focus", series.focus().size() + " lines given for " + series.days()
                    + " days; give one line per day");
        }
        for (int i = 0; i < series.focus().size(); i++) {
            fields.requireText("series.focus[" + i + "]", series.focus().get(i));
        }
    }

    private static void checkGoal(PracticeGoal goal, List<PracticeStep> steps, EntryFields fields) {
        fields.requireText("becomesGoal.category", goal.category());
        if (GoalCategory.fromId(goal.category()).isEmpty()) {
            throw fields.problem("becomesGoal.category",
                    "there is no category \"" + goal.category() + "\"; use one of " + CATEGORY_LIST);
        }
        requireNumber(fields, "becomesGoal.size", goal.size(), GoalPlan.SMALLEST, GoalPlan.LARGEST);
        Set<String> writtenSteps = steps.stream().filter(PracticeStep::written).map(PracticeStep::id).collect(Collectors.toSet());
        fields.requireKnown("becomesGoal.titleFrom", goal.titleFrom(), writtenSteps, "written step in this practice");
    }

    /** Once the whole list is read: a follow-up that is an id names a practice of the file other than its own. */
    private static void requireKnownFollowUps(String file, List<Practice> practices) {
        Set<String> ids = practices.stream().map(Practice::id).collect(Collectors.toSet());
        for (Practice practice : practices) {
            List<String> followUps = practice.followUps();
            for (int i = 0; i < followUps.size(); i++) {
                String followUp = followUps.get(i);
                if (!Practice.isPracticeId(followUp)) {
                    continue;
                }
                String field = "followUps[" + i + "]";
                if (!ids.contains(followUp)) {
                    throw new ContentException(file, practice.id(), field, "there is no practice with the id \"" + followUp
                            + "\"; a follow-up written as an id names a practice, anything else is read as a suggestion");
                }
                if (followUp.equals(practice.id())) {
                    throw new ContentException(file, practice.id(), field, "a practice can’t follow on from itself");
                }
            }
        }
    }

    private static void requireId(EntryFields fields, String field, String id) {
        fields.requireText(field, id);
        if (!EntryFields.ID_PATTERN.matcher(id).matches()) {
            throw fields.problem(field, "\"" + id + "\" is not a usable id; use lowercase letters, digits and single hyphens");
        }
    }

    private static void requireNumber(EntryFields fields, String field, Integer value, int min, int max) {
        if (value == null) {
            throw fields.problem(field, "is missing");
        }
        fields.requireRangeIfSet(field, value, min, max);
    }

    private static void requirePositive(EntryFields fields, String field, Integer seconds) {
        if (seconds == null) {
            throw fields.problem(field, "is missing");
        }
        if (seconds < 1) {
            throw fields.problem(field, seconds + " seconds; breathing in and out each take at least 1");
        }
        fields.requireRangeIfSet(field, seconds, 1, MAX_PHASE_SECONDS);
    }

    private static void requireHold(EntryFields fields, String field, Integer seconds) {
        if (seconds == null) {
            throw fields.problem(field, "is missing; write 0 for no pause");
        }
        fields.requireRangeIfSet(field, seconds, 0, MAX_PHASE_SECONDS);
    }
}
