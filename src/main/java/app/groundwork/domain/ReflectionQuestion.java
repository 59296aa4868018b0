package app.groundwork.domain;

import java.util.Objects;

/** A question to reflect on, with the content id it comes from (or {@code null} when it has none). */
public record ReflectionQuestion(String id, String text) {
    public ReflectionQuestion {
        Objects.requireNonNull(text, "text");
    }
}
