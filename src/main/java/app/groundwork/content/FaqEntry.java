package app.groundwork.content;

/** A question a person might bring to the app, with a plain answer. */
public record FaqEntry(String id, String question, String answer) {
}
