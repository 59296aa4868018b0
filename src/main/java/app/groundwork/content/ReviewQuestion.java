package app.groundwork.content;

import app.groundwork.domain.ReflectionQuestion;

/** A question the weekly review offers to reflect on; one is chosen for each week from the week's date. */
public record ReviewQuestion(String id, String text) {
    /** The question as the domain keeps it beside an answer. */
    public ReflectionQuestion asReflection() {
        return new ReflectionQuestion(id, text);
    }
}
