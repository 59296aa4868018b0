package app.groundwork.content;

/** A part of life a setback can touch, for example {@code work}. */
public record LifeArea(String id, String label) {
}
