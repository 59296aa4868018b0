package app.groundwork.domain;

import java.util.List;
import java.util.Objects;

/**
 * A thinking trap the wording of a thought suggests, with the words that suggested it, so the person can see why and
 * decide for themselves whether it fits.
 *
 * @param trapId  the trap, one of the catalogue's ids (for example {@code overgeneralizing})
 * @param because the words exactly as the person wrote them (capitals and apostrophes as typed), in the order they
 *                appear, each once; never empty
 */
public record TrapSuggestion(String trapId, List<String> because) {
    public TrapSuggestion {
        Objects.requireNonNull(trapId, "trapId");
        because = List.copyOf(because);
        if (trapId.isBlank()) {
            throw new IllegalArgumentException("a suggestion names its trap");
        }
        if (because.isEmpty() || because.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a suggestion names the words behind it");
        }
    }
}
