package app.groundwork.domain;

import java.util.ArrayList;
import java.util.List;

/** What a goal, an outcome and a hand-written win must be before they are stored. */
public final class GoalRules {
    /** A step is named in a line, not a page. */
    public static final int MAX_TITLE_LENGTH = 200;

    private GoalRules() {
    }

    /** Every problem with {@code plan}; empty when it can be stored. */
    public static List<FieldProblem> problems(GoalPlan plan) {
        List<FieldProblem> problems = new ArrayList<>();
        checkTitle(plan.title(), problems);
        if (plan.size() < GoalPlan.SMALLEST || plan.size() > GoalPlan.LARGEST) {
            problems.add(FieldProblem.of("size", "problem.goal.size", plan.size()));
        }
        if (plan.recurrence().recurring() && plan.due() != null) {
            problems.add(FieldProblem.of("due", "problem.goal.dueAndRepeat"));
        }
        TextRules.checkText("note", plan.note(), problems);
        if (plan.prediction() != null) {
            if (plan.recurrence().recurring()) {
                problems.add(FieldProblem.of("repeat", "problem.experiment.once"));
            }
            TextRules.checkText("fear", plan.prediction().fear(), problems);
            checkDiscomfort("predicted", plan.prediction().discomfort(), problems);
        }
        return problems;
    }

    /** Every problem with an outcome's own words and, for an experiment, its result. */
    public static List<FieldProblem> problems(GoalOutcome outcome, String note, ExperimentResult result, Goal goal) {
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.checkText("note", note == null ? "" : note, problems);
        if (result != null) {
            if (!goal.experiment()) {
                problems.add(FieldProblem.of("actual", "problem.experiment.notOne", goal.title()));
            }
            if (!outcome.isWin()) {
                problems.add(FieldProblem.of("actual", "problem.experiment.notDone"));
            }
            TextRules.checkText("happened", result.happened(), problems);
            TextRules.checkText("learned", result.learned(), problems);
            checkDiscomfort("actual", result.discomfort(), problems);
        }
        return problems;
    }

    /** Every problem with a win written in by hand. */
    public static List<FieldProblem> winProblems(String title, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        checkTitle(title == null ? "" : title, problems);
        TextRules.checkText("note", note == null ? "" : note, problems);
        return problems;
    }

    /** Throws {@link InvalidEntryException} naming every problem, so the caller writes nothing. */
    public static void require(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
    }

    private static void checkTitle(String title, List<FieldProblem> problems) {
        if (title.isBlank()) {
            problems.add(FieldProblem.of("title", "problem.goal.titleNeeded"));
            return;
        }
        int length = title.codePointCount(0, title.length());
        if (length > MAX_TITLE_LENGTH) {
            problems.add(FieldProblem.of("title", "problem.goal.titleTooLong", length, MAX_TITLE_LENGTH));
            return;
        }
        if (title.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            problems.add(FieldProblem.of("title", "problem.goal.titleOneLine"));
            return;
        }
        TextRules.checkStorable("title", title, problems);
    }


    private static void checkDiscomfort(String field, int discomfort, List<FieldProblem> problems) {
        if (discomfort < 0 || discomfort > 100) {
            problems.add(FieldProblem.of(field, "problem.range", discomfort, 0, 100));
        }
    }
}
