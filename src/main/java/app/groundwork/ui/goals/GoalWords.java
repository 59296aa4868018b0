package app.groundwork.ui.goals;

import app.groundwork.Messages;
import app.groundwork.content.GoalIdeas;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.Recurrence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a goal is put into words on every screen: its category, size, days and outcomes, always in neutral words. */
public final class GoalWords {
    private final GoalIdeas ideas;

    public GoalWords(GoalIdeas ideas) {
        this.ideas = ideas;
    }

    public GoalIdeas ideas() {
        return ideas;
    }

    /** "Body & movement · size 2 · Mondays and Wednesdays". */
    public String meta(Goal goal) {
        List<String> parts = new ArrayList<>();
        parts.add(ideas.categoryName(goal.category()));
        parts.add(Messages.get("goals.size", goal.size(), ideas.size(goal.size()).name()));
        parts.add(when(goal));
        if (goal.experiment()) {
            parts.add(Messages.get("goals.experiment.mark"));
        }
        return String.join(" · ", parts);
    }

    /** "Every day", "Mondays and Thursdays", "Once, on Friday 20 March", or "Once, whenever it suits". */
    public String when(Goal goal) {
        Recurrence recurrence = goal.plan().recurrence();
        if (recurrence.daily()) {
            return Messages.get("goals.repeat.daily");
        }
        if (recurrence.recurring()) {
            List<String> days = recurrence.orderedDays().stream().map(GoalWords::dayName).toList();
            return Messages.get("goals.repeat.days", joined(days));
        }
        LocalDate due = goal.plan().due();
        return due == null ? Messages.get("goals.once.whenever") : Messages.get("goals.once.on", date(due));
    }

    /** "Done", "Partly done", "Skipped", "Let go". */
    public static String outcome(GoalOutcome outcome) {
        return Messages.get("goals.outcome." + outcome.id());
    }

    /** The line the Journal shows for an outcome: "Done · Walk to the end of the street". */
    public static String journalLine(GoalMark mark) {
        return outcome(mark.outcome()) + " · " + mark.goal().title();
    }

    public static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault()).format(date);
    }

    /**
     * How experiments compared with what was feared, across all of them; empty before the first one. The mean is
     * rounded to whole points, as the predictions and results are given.
     */
    public static String relief(List<GoalStats.ExperimentGap> experiments) {
        if (experiments.isEmpty()) {
            return "";
        }
        long mean = Math.round(experiments.stream().mapToInt(GoalStats.ExperimentGap::relief).average().orElse(0));
        if (mean > 0) {
            return Messages.get("relief.easier", experiments.size(), mean);
        }
        if (mean < 0) {
            return Messages.get("relief.harder", experiments.size(), -mean);
        }
        return Messages.get("relief.same", experiments.size());
    }

    /** "Mondays", in the plural the repeat line reads best with. */
    static String dayName(DayOfWeek day) {
        return Messages.get("goals.day." + day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT).substring(0, 3));
    }

    /** "Mon", for the day chips. */
    static String shortDayName(DayOfWeek day) {
        return Messages.get("goals.dayShort." + day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT).substring(0, 3));
    }

    /** "a", "a and b", "a, b and c". */
    static String joined(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
                + Messages.get("goals.and") + words.get(words.size() - 1);
    }
}
