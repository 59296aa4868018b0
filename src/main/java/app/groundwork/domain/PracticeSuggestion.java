package app.groundwork.domain;

import java.util.Objects;

/**
 * What Today can offer after a check-in: one guided practice, or a small step from the ladder on the Goals screen.
 *
 * @param kind       whether it names a practice or points to the ladder
 * @param practiceId the practice's content id; {@code null} for {@link Kind#LADDER}
 * @param reasonKey  the message key of the gentle sentence saying why it is offered
 */
public record PracticeSuggestion(Kind kind, String practiceId, String reasonKey) {
    /** A practice to open, or the ladder of small steps. */
    public enum Kind {
        PRACTICE,
        LADDER
    }

    public PracticeSuggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reasonKey, "reasonKey");
        if ((kind == Kind.PRACTICE) != (practiceId != null)) {
            throw new IllegalArgumentException("a practice suggestion names its practice, and only it does");
        }
    }

    public static PracticeSuggestion practice(String practiceId, String reasonKey) {
        return new PracticeSuggestion(Kind.PRACTICE, Objects.requireNonNull(practiceId, "practiceId"), reasonKey);
    }

    public static PracticeSuggestion ladder(String reasonKey) {
        return new PracticeSuggestion(Kind.LADDER, null, reasonKey);
    }
}
