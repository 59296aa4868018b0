package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.content.GoalIdeas;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.Recurrence;
import app.groundwork.domain.Win;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How steps, outcomes and wins read on the command line, and the option values they are given with. */
final class GoalLines {
    /** The earliest day {@code wins} and {@code goal list --all} read from: before any journal could have been kept. */
    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private GoalLines() {
    }

    /** "Body &amp; movement, size 2, on Mon, Wed", with the fear's number for an experiment and the day it ended. */
    static String about(Goal goal, GoalIdeas ideas) {
        GoalPlan plan = goal.plan();
        List<String> parts = new ArrayList<>();
        parts.add(Messages.get("cli.goal.about", ideas.categoryName(plan.category()), plan.size()));
        parts.add(when(plan));
        if (plan.prediction() != null) {
            parts.add(Messages.get("cli.goal.fear", plan.prediction().discomfort()));
        }
        if (goal.endedOn() != null) {
            parts.add(Messages.get("cli.goal.endedOn", goal.endedOn()));
        }
        return String.join(", ", parts);
    }

    /** "every day", "on Mon, Wed", "for 2026-03-20" or "any day". */
    static String when(GoalPlan plan) {
        Recurrence repeat = plan.recurrence();
        if (repeat.daily()) {
            return Messages.get("cli.goal.daily");
        }
        if (repeat.recurring()) {
            return Messages.get("cli.goal.days", repeat.orderedDays().stream().map(GoalLines::dayName)
                    .collect(Collectors.joining(", ")));
        }
        return plan.due() == null ? Messages.get("cli.goal.anyDay") : Messages.get("cli.goal.dueOn", plan.due());
    }

    /** "done", "partly done", "skipped" or "let go". */
    static String outcome(GoalOutcome outcome) {
        return Messages.get("cli.outcome." + outcome.id());
    }

    /** One line of the wins ledger: "2026-03-14  Walked to the end of the street  (Body &amp; movement, size 1)". */
    static String winLine(Win win, GoalIdeas ideas) {
        String about;
        if (win.kind() == Win.Kind.OWN) {
            about = Messages.get("cli.wins.own");
        } else {
            String category = ideas.categoryName(win.category());
            if (win.kind() == Win.Kind.EXPERIMENT) {
                about = win.relief() != null && win.relief() > 0
                        ? Messages.get("cli.wins.relief", category, win.size(), win.relief())
                        : Messages.get("cli.wins.experiment", category, win.size());
            } else {
                about = Messages.get(win.kind() == Win.Kind.PARTLY ? "cli.wins.partly" : "cli.wins.step", category, win.size());
            }
        }
        return Messages.get("cli.wins.line", win.date(), win.title(), about);
    }

    /** An outcome as the journal entry it is stored as, for the same JSON as {@code list --json}. */
    static JournalEntry entry(GoalMark mark) {
        return new JournalEntry(mark.entryId(), EntryType.GOAL, mark.date(), mark.time(), mark.note(), List.of(), null,
                null).withGoal(mark);
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** A category id, with a one-line reason naming the ids that exist. */
    static final class CategoryConverter implements ITypeConverter<GoalCategory> {
        @Override
        public GoalCategory convert(String value) {
            return GoalCategory.fromId(value.strip()).orElseThrow(() -> new TypeConversionException(Messages.get(
                    "cli.goal.category", value,
                    Arrays.stream(GoalCategory.values()).map(GoalCategory::id).collect(Collectors.joining(", ")))));
        }
    }

    /** {@code daily} or weekdays such as {@code mon,wed,fri}. */
    static final class RepeatConverter implements ITypeConverter<Recurrence> {
        @Override
        public Recurrence convert(String value) {
            return Recurrence.parse(value).filter(Recurrence::recurring)
                    .orElseThrow(() -> new TypeConversionException(Messages.get("cli.goal.repeat", value)));
        }
    }
}
