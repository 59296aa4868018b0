package app.groundwork.content;

/** A body signal a person can mark at a check-in, for example {@code tight-chest}. */
public record BodySignal(String id, String label) {
}
