package app.groundwork.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Decides whether a check-in can be stored exactly as given. Nothing is corrected silently. */
public final class CheckInRules {
    private static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private final CheckInVocabulary vocabulary;

    public CheckInRules(CheckInVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Every problem with {@code content}; empty when it can be stored. */
    public List<FieldProblem> problems(CheckInContent content, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        checkDate(content.date(), today, problems);
        checkRange("mood", content.mood(), 1, 10, problems);
        if (content.selfTrust() != null) {
            checkRange("selfTrust", content.selfTrust(), 0, 10, problems);
        }
        if (content.energy() != null) {
            checkRange("energy", content.energy(), 1, 5, problems);
        }
        if (content.sleepHours() != null) {
            checkSleep(content.sleepHours(), problems);
        }
        checkEmotions("emotions", content.emotions(), problems);
        checkBodySignals(content.bodySignals(), problems);
        checkLifeAreas(content.lifeAreas(), problems);
        checkNote(content.note(), problems);
        checkTags(content.tags(), problems);
        return problems;
    }

    /** Throws {@link InvalidEntryException} naming every problem, so the caller writes nothing. */
    public void requireValid(CheckInContent content, LocalDate today) {
        List<FieldProblem> problems = problems(content, today);
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
    }

    private static void checkDate(LocalDate date, LocalDate today, List<FieldProblem> problems) {
        if (date.isAfter(today)) {
            problems.add(FieldProblem.of("date", "problem.date.future", date.toString()));
        } else if (date.isBefore(EARLIEST_DATE)) {
            problems.add(FieldProblem.of("date", "problem.date.tooEarly", date.toString()));
        }
    }

    private static void checkRange(String field, int value, int min, int max, List<FieldProblem> problems) {
        if (value < min || value > max) {
            problems.add(FieldProblem.of(field, "problem.range", value, min, max));
        }
    }

    private static void checkSleep(double hours, List<FieldProblem> problems) {
        boolean halfHours = Math.abs(hours * 2 - Math.rint(hours * 2)) < 1e-9;
        if (Double.isNaN(hours) || hours < 0 || hours > 24 || !halfHours) {
            problems.add(FieldProblem.of("sleepHours", "problem.sleep", String.valueOf(hours)));
        }
    }

    /**
     * Checks emotion ratings under {@code field}: known ids or the person's own words, intensities 0–100, each once.
     * Thought records rate emotions the same way.
     */
    void checkEmotions(String field, List<EmotionRating> emotions, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (EmotionRating rating : emotions) {
            if (rating.custom()) {
                TextRules.checkLabel(field, rating.name(), problems);
            } else if (!vocabulary.emotions().contains(rating.name())) {
                problems.add(FieldProblem.of(field, "problem.emotion.unknown", rating.name()));
            }
            if (rating.intensity() < 0 || rating.intensity() > 100) {
                problems.add(FieldProblem.of(field, "problem.emotion.intensity", rating.name(), rating.intensity()));
            }
            if (!seen.add((rating.custom() ? "custom:" : "") + rating.name().toLowerCase(Locale.ROOT))) {
                problems.add(FieldProblem.of(field, "problem.emotion.twice", rating.name()));
            }
        }
    }

    private void checkBodySignals(List<BodySignalMark> signals, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (BodySignalMark mark : signals) {
            if (mark.custom()) {
                TextRules.checkLabel("bodySignals", mark.name(), problems);
            } else if (!vocabulary.bodySignals().contains(mark.name())) {
                problems.add(FieldProblem.of("bodySignals", "problem.bodySignal.unknown", mark.name()));
            }
            if (!seen.add((mark.custom() ? "custom:" : "") + mark.name().toLowerCase(Locale.ROOT))) {
                problems.add(FieldProblem.of("bodySignals", "problem.bodySignal.twice", mark.name()));
            }
        }
    }

    private void checkLifeAreas(List<String> areas, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (String area : areas) {
            if (!vocabulary.lifeAreas().contains(area)) {
                problems.add(FieldProblem.of("lifeAreas", "problem.lifeArea.unknown", area));
            } else if (!seen.add(area)) {
                problems.add(FieldProblem.of("lifeAreas", "problem.lifeArea.twice", area));
            }
        }
    }

    private static void checkNote(String note, List<FieldProblem> problems) {
        int length = note.codePointCount(0, note.length());
        if (length > TextRules.MAX_NOTE_LENGTH) {
            problems.add(FieldProblem.of("note", "problem.note.tooLong", length, TextRules.MAX_NOTE_LENGTH));
            return;
        }
        TextRules.checkStorable("note", note, problems);
    }

    private static void checkTags(List<String> tags, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (String tag : tags) {
            TextRules.checkLabel("tags", tag, problems);
            if (tag.startsWith("#")) {
                problems.add(FieldProblem.of("tags", "problem.tag.hash", tag));
            }
            if (tag.contains(",")) {
                problems.add(FieldProblem.of("tags", "problem.tag.comma", tag));
            }
            if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                problems.add(FieldProblem.of("tags", "problem.tag.twice", tag));
            }
        }
    }
}
