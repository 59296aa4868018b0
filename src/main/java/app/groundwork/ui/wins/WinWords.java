package app.groundwork.ui.wins;

import app.groundwork.Messages;
import app.groundwork.content.GoalIdeas;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.Win;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a win is put into words: what kind it is, its day, its category and size, or how an experiment compared with
 * the fear behind it. Every line describes what was done, never the person.
 */
final class WinWords {
    private final GoalIdeas ideas;

    WinWords(GoalIdeas ideas) {
        this.ideas = ideas;
    }

    /** "Step done", "Partly done", "Experiment", "Your own". */
    static String kind(Win.Kind kind) {
        return Messages.get("wins.kind." + kind.id());
    }

    /** "Today", "Yesterday", "Thursday 12 March", or "Thursday 12 March 2025" before this year. */
    static String day(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return Messages.get("wins.day.today");
        }
        if (date.equals(today.minusDays(1))) {
            return Messages.get("wins.day.yesterday");
        }
        String pattern = date.getYear() == today.getYear() ? "EEEE d MMMM" : "EEEE d MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, Locale.getDefault()).format(date);
    }

    /** "March 2026". */
    static String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", Locale.getDefault()).format(month);
    }

    /**
     * The line under the title: "Body &amp; movement · size 2 (small)" for a step, "Feared 80, felt 35: 45 points
     * easier" for an experiment, "Written in by hand" for the person's own.
     *
     * @param gap the experiment's before and after; {@code null} when it is not known
     */
    String meta(Win win, GoalStats.ExperimentGap gap) {
        if (win.kind() == Win.Kind.OWN) {
            return Messages.get("wins.meta.own");
        }
        if (win.kind() == Win.Kind.EXPERIMENT && gap != null) {
            int relief = gap.relief();
            if (relief > 0) {
                return Messages.get("wins.meta.experiment.easier", gap.predicted(), gap.actual(), relief);
            }
            if (relief < 0) {
                return Messages.get("wins.meta.experiment.harder", gap.predicted(), gap.actual(), -relief);
            }
            return Messages.get("wins.meta.experiment.same", gap.predicted(), gap.actual());
        }
        return step(win);
    }

    private String step(Win win) {
        if (win.category() == null) {
            return "";
        }
        String category = ideas.categoryName(win.category());
        if (win.size() == null) {
            return category;
        }
        String size = ideas.size(win.size()).name().toLowerCase(Locale.getDefault());
        return Messages.get("wins.meta.step", category, win.size(), size);
    }

}
