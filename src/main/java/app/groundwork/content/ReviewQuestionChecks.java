package app.groundwork.content;

import java.util.List;

/** The rules of {@code review-questions.json}: short, one-line questions, and at least one of them. */
final class ReviewQuestionChecks {
    /** Long enough for a specific question, short enough to read at a glance above the answer box. */
    static final int MAX_LENGTH = 160;

    private ReviewQuestionChecks() {
    }

    static void question(ReviewQuestion question, EntryFields fields) {
        fields.requireId(question.id());
        fields.requireText("text", question.text());
        String text = question.text().strip();
        if (text.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw fields.problem("text", "holds a line break; keep the question to one line");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            throw fields.problem("text", "is " + length + " characters long; keep it to " + MAX_LENGTH + " or fewer");
        }
        if (!text.endsWith("?")) {
            throw fields.problem("text", "does not end with a question mark; each entry is a question to reflect on");
        }
    }

    /** Every week shows a question, so the file may not be empty. */
    static void requireSome(String file, List<ReviewQuestion> questions) {
        if (questions.isEmpty()) {
            throw new ContentException(file, null, "questions", "holds no question; every week needs one to show");
        }
    }
}
