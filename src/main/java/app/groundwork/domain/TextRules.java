package app.groundwork.domain;

import java.util.List;

/** Checks shared by every free-text field: text must round-trip byte for byte, so some characters are refused. */
public final class TextRules {
    /** About 25,000 words: long enough for any entry, short enough to stay quick to show and search. */
    public static final int MAX_NOTE_LENGTH = 100_000;
    public static final int MAX_LABEL_LENGTH = 40;

    private TextRules() {
    }

    /** Adds a problem when {@code text} holds something that would not be stored exactly. */
    public static void checkStorable(String field, String text, List<FieldProblem> problems) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                problems.add(FieldProblem.of(field, "problem.text.nul"));
                return;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                problems.add(FieldProblem.of(field, "problem.text.brokenCharacter"));
                return;
            }
            if (Character.isLowSurrogate(c)) {
                problems.add(FieldProblem.of(field, "problem.text.brokenCharacter"));
                return;
            }
        }
    }

    /** A free text of any entry: at most {@link #MAX_NOTE_LENGTH} characters, and storable exactly. */
    public static void checkText(String field, String text, List<FieldProblem> problems) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_NOTE_LENGTH) {
            problems.add(FieldProblem.of(field, "problem.text.tooLong", length, MAX_NOTE_LENGTH));
            return;
        }
        checkStorable(field, text, problems);
    }

    /** A short label (a tag, a custom emotion): not blank, one line, at most {@link #MAX_LABEL_LENGTH} characters. */
    public static void checkLabel(String field, String label, List<FieldProblem> problems) {
        if (label.isBlank()) {
            problems.add(FieldProblem.of(field, "problem.label.blank"));
            return;
        }
        if (label.codePointCount(0, label.length()) > MAX_LABEL_LENGTH) {
            problems.add(FieldProblem.of(field, "problem.label.tooLong", label, MAX_LABEL_LENGTH));
            return;
        }
        if (label.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            problems.add(FieldProblem.of(field, "problem.label.oneLine", label));
            return;
        }
        checkStorable(field, label, problems);
    }
}
