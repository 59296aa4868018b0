package app.groundwork.ui.assessments;

import app.groundwork.Messages;
import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How results are put into words: "64 of 100", "3 March", "12 points above the one before". Every sentence describes a
 * score and how it moved, never the person, and no direction is called better or worse.
 */
final class ResultWords {
    private static final double SAME = 1e-9;

    private ResultWords() {
    }

    /** "64 of 100", or "3.25 of 5" for the SCS-SF. */
    static String score(AssessmentScore score) {
        return Messages.get("assessments.score", score.formattedScore(Locale.getDefault()), score.formattedHighestScore());
    }

    /** "3 March" this year, "3 March 2025" before it. */
    static String day(LocalDate date, LocalDate today) {
        String pattern = date.getYear() == today.getYear() ? "d MMMM" : "d MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, Locale.getDefault()).format(date);
    }

    /** "March 2025". */
    static String month(LocalDate date) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", Locale.getDefault()).format(date);
    }

    /** "64 of 100 · 3 March". */
    static String latest(SavedAssessment result, LocalDate today) {
        return Messages.get("assessments.latest", score(result.score()), day(result.date(), today));
    }

    /** "1 point", "12 points", "0.25 points": the size of a change, without its sign. */
    static String points(Instrument instrument, double change) {
        double size = Math.abs(change);
        if (!instrument.scoredAsMean() && Math.round(size) == 1) {
            return Messages.get("assessments.points.one");
        }
        String number = instrument.scoredAsMean()
                ? String.format(Locale.getDefault(), "%.2f", size)
                : String.valueOf(Math.round(size));
        return Messages.get("assessments.points", number);
    }

    /** What a point of the chart says when it is pointed at or read out. */
    static String point(ResultChange point, LocalDate today) {
        String text = Messages.get("assessments.point", score(point.result().score()), day(point.result().date(), today));
        if (point.meaningful()) {
            double change = point.change().orElse(0);
            text += "\n" + Messages.get(change > 0 ? "assessments.point.up" : "assessments.point.down",
                    points(point.result().instrument(), change));
        }
        return text;
    }

    /** The text under the chart, which says in words what the chart shows. */
    static String summary(Instrument instrument, List<ResultChange> history, LocalDate today) {
        if (history.isEmpty()) {
            return Messages.get("assessments.summary.none", instrument.shortName());
        }
        ResultChange last = history.get(history.size() - 1);
        if (history.size() == 1) {
            return Messages.get("assessments.summary.one", day(last.result().date(), today), score(last.result().score()));
        }
        String text = Messages.get("assessments.summary.many", history.size(), month(history.get(0).result().date()),
                score(last.result().score()), comparedWithBefore(instrument, last.change()));
        return last.meaningful() ? text + " " + Messages.get("assessments.summary.meaningful") : text;
    }

    private static String comparedWithBefore(Instrument instrument, OptionalDouble change) {
        double moved = change.orElse(0);
        if (Math.abs(moved) < SAME) {
            return Messages.get("assessments.summary.same");
        }
        return Messages.get(moved > 0 ? "assessments.summary.above" : "assessments.summary.below", points(instrument, moved));
    }

    /** How the newest result of {@code history} (oldest first) compares with the one before it. */
    static String change(List<ResultChange> history, LocalDate today) {
        ResultChange last = history.get(history.size() - 1);
        Instrument instrument = last.result().instrument();
        if (history.size() < 2) {
            return Messages.get("assessments.result.first", instrument.shortName());
        }
        SavedAssessment before = history.get(history.size() - 2).result();
        double moved = last.change().orElse(0);
        String key = Math.abs(moved) < SAME ? "assessments.result.same"
                : moved > 0 ? "assessments.result.above" : "assessments.result.below";
        String text = Messages.get(key, points(instrument, moved), day(before.date(), today), score(before.score()));
        if (last.meaningful()) {
            return text + " " + Messages.get("assessments.result.meaningful");
        }
        OptionalDouble threshold = instrument.meaningfulChange();
        if (threshold.isPresent() && Math.abs(moved) >= SAME) {
            return text + " " + Messages.get("assessments.result.ordinary", points(instrument, threshold.getAsDouble()));
        }
        return text;
    }

    /** The line under the chart that explains the marked points, or that none are marked on this scale. */
    static String legend(Instrument instrument) {
        OptionalDouble threshold = instrument.meaningfulChange();
        String marks = threshold.isPresent()
                ? Messages.get("assessments.legend.meaningful", points(instrument, threshold.getAsDouble()))
                : Messages.get("assessments.legend.none");
        return Messages.get("assessments.direction." + instrument.id()) + " " + marks;
    }
}
