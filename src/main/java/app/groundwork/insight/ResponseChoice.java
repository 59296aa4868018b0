package app.groundwork.insight;

import app.groundwork.content.Card;
import app.groundwork.content.CheckInResponse;

import java.util.Objects;
import java.util.Optional;

/**
 * The response chosen for a saved check-in.
 *
 * @param card      the related card, when the response links one
 * @param matchedOn what in the check-in the response answers, such as {@code "shame 85, study"}; empty for a fallback
 */
public record ResponseChoice(CheckInResponse response, Optional<Card> card, String matchedOn) {
    public ResponseChoice {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(matchedOn, "matchedOn");
    }
}
