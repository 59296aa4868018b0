package app.groundwork.content;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a check-in must show for a response to fit. Every field is optional ({@code null} when not used) and
 * all the fields that are set must hold; a condition with nothing set fits any check-in and acts as a fallback.
 *
 * @param emotion      an emotion id that must have been felt
 * @param minIntensity with {@code emotion}: the lowest intensity (0–100) that counts; without it any intensity above 0 counts
 * @param bodySignal   a body signal id that must have been marked
 * @param lifeArea     a life area id that must have been chosen
 */
public record ResponseCondition(
        String emotion,
        Integer minIntensity,
        Integer moodAtMost,
        Integer moodAtLeast,
        Integer selfTrustAtMost,
        Integer selfTrustAtLeast,
        String bodySignal,
        String lifeArea) {

    /** How many fields are set: a condition that asks more of a check-in says something more specific about it. */
    public int conditionCount() {
        return (int) Stream.of(emotion, minIntensity, moodAtMost, moodAtLeast, selfTrustAtMost, selfTrustAtLeast,
                        bodySignal, lifeArea)
                .filter(Objects::nonNull)
                .count();
    }
}
