package app.groundwork.ui.review;

import app.groundwork.Messages;
import app.groundwork.domain.Win;
import app.groundwork.domain.WeeklyReview.Reframed;
import app.groundwork.domain.WeeklyReview.WeekFigures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How the weekly review is put into words. Comparisons with last week are calm whichever way they go: a lower week is
 * described, never warned about, and the numbers describe days, never the person.
 */
final class ReviewWords {
    /** Less than half a point either way reads as "about the same". */
    static final double SAME = 0.5;
    /** From one and a half points a change is no longer "a little". */
    static final double CLEAR = 1.5;

    private ReviewWords() {
    }

    /** "This week", "Last week", or "The week of 2 March". */
    static String weekTitle(LocalDate weekStart, LocalDate currentWeek) {
        if (weekStart.equals(currentWeek)) {
            return Messages.get("review.week.this");
        }
        if (weekStart.equals(currentWeek.minusWeeks(1))) {
            return Messages.get("review.week.last");
        }
        return Messages.get("review.week.other", dayAndMonth(weekStart));
    }

    /** "9 – 15 March 2026", or "29 December 2025 – 4 January 2026" across a new year. */
    static String weekRange(LocalDate weekStart) {
        LocalDate end = weekStart.plusDays(6);
        String first = weekStart.getYear() == end.getYear()
                ? format(weekStart, weekStart.getMonth() == end.getMonth() ? "d" : "d MMMM")
                : format(weekStart, "d MMMM yyyy");
        return Messages.get("review.week.range", first, format(end, "d MMMM yyyy"));
    }

    /** "9 March". */
    static String dayAndMonth(LocalDate date) {
        return format(date, "d MMMM");
    }

    /** "Saturday 14 March". */
    static String day(LocalDate date) {
        return format(date, "EEEE d MMMM");
    }

    /** "Sunday". */
    static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.getDefault());
    }

    /** The week's mood in a sentence, or what is there instead when the week has no check-ins. */
    static String mood(WeekFigures week, WeekFigures last) {
        if (week.meanMood() != null) {
            return Messages.get("review.mood.this", week.meanMood(), week.checkInDays());
        }
        return last.meanMood() != null ? Messages.get("review.mood.lastOnly", last.meanMood()) : Messages.get("review.mood.none");
    }

    /** The week's self-trust in a sentence. */
    static String selfTrust(WeekFigures week, WeekFigures last) {
        if (week.meanSelfTrust() != null) {
            return Messages.get("review.selfTrust.this", week.meanSelfTrust());
        }
        return last.meanSelfTrust() != null ? Messages.get("review.selfTrust.lastOnly", last.meanSelfTrust())
                : Messages.get("review.selfTrust.none");
    }

    /**
     * How this week's number compares with last week's: "About the same as last week (5.5).", "A little lower than last
     * week (6.0) — weeks vary."; empty when this week has no number; a plain note when last week has none.
     */
    static String compare(Double thisWeek, Double lastWeek) {
        if (thisWeek == null) {
            return "";
        }
        if (lastWeek == null) {
            return Messages.get("review.compare.noLast");
        }
        double change = thisWeek - lastWeek;
        String key;
        if (Math.abs(change) < SAME) {
            key = "review.compare.same";
        } else if (change > 0) {
            key = change < CLEAR ? "review.compare.littleHigher" : "review.compare.higher";
        } else {
            key = -change < CLEAR ? "review.compare.littleLower" : "review.compare.lower";
        }
        return Messages.get(key, lastWeek);
    }

    /** "Step done", "Partly done", "Experiment", "Your own". */
    static String winKind(Win.Kind kind) {
        return Messages.get("review.win." + kind.id());
    }

    /** "Step done · Tuesday". */
    static String winMeta(Win win) {
        return Messages.get("review.win.meta", winKind(win.kind()), format(win.date(), "EEEE"));
    }

    /** What changed in a thought record: the belief before and after, when both were rated; empty otherwise. */
    static String change(Reframed reframed) {
        Integer drop = reframed.drop();
        if (drop == null) {
            return "";
        }
        return Messages.get(drop > 0 ? "review.reframe.change" : "review.reframe.same", reframed.beliefBefore(),
                reframed.beliefAfter());
    }

    private static String format(LocalDate date, String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.getDefault()).format(date);
    }
}
