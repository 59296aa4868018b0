package app.groundwork.content;

/** A gentle question shown as the hint of the empty check-in note, so a blank page never has to be faced alone. */
public record NotePrompt(String id, String text) {
}
