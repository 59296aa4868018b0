package app.groundwork.content;

/**
 * A few words shown right after a check-in is saved, when {@code when} holds for that check-in.
 *
 * @param cardId a related card to offer alongside, or {@code null}
 */
public record CheckInResponse(String id, String text, ResponseCondition when, String cardId) {
}
