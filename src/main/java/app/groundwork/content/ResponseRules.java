package app.groundwork.content;

import java.util.List;
import java.util.Set;

/**
 * Checks check-in responses against the vocabulary and cards already loaded, so a response can never name an
 * emotion a person cannot pick or link a card that does not exist.
 */
final class ResponseRules implements EntryCheck<CheckInResponse> {
    private final Set<String> emotions;
    private final Set<String> bodySignals;
    private final Set<String> lifeAreas;
    private final Set<String> cards;

    ResponseRules(Set<String> emotions, Set<String> bodySignals, Set<String> lifeAreas, Set<String> cards) {
        this.emotions = Set.copyOf(emotions);
        this.bodySignals = Set.copyOf(bodySignals);
        this.lifeAreas = Set.copyOf(lifeAreas);
        this.cards = Set.copyOf(cards);
    }

    @Override
    public void check(CheckInResponse response, EntryFields fields) {
        fields.requireId(response.id());
        fields.requireText("text", response.text());
        fields.requireKnownIfSet("cardId", response.cardId(), cards, "card");
        ResponseCondition when = response.when();
        if (when == null) {
            throw fields.problem("when", "is missing; use {} for a response that fits any check-in");
        }
        fields.requireKnownIfSet("when.emotion", when.emotion(), emotions, "emotion");
        fields.requireKnownIfSet("when.bodySignal", when.bodySignal(), bodySignals, "body signal");
        fields.requireKnownIfSet("when.lifeArea", when.lifeArea(), lifeAreas, "life area");
        fields.requireRangeIfSet("when.minIntensity", when.minIntensity(), 1, 100);
        if (when.minIntensity() != null && when.emotion() == null) {
            throw fields.problem("when.minIntensity", "needs \"emotion\" beside it, to say whose intensity is meant");
        }
        fields.requireRangeIfSet("when.moodAtMost", when.moodAtMost(), 1, 10);
        fields.requireRangeIfSet("when.moodAtLeast", when.moodAtLeast(), 1, 10);
        fields.requireRangeIfSet("when.selfTrustAtMost", when.selfTrustAtMost(), 0, 10);
        fields.requireRangeIfSet("when.selfTrustAtLeast", when.selfTrustAtLeast(), 0, 10);
        requireReachable(fields, "moodAtLeast", when.moodAtLeast(), "moodAtMost", when.moodAtMost());
        requireReachable(fields, "selfTrustAtLeast", when.selfTrustAtLeast(), "selfTrustAtMost", when.selfTrustAtMost());
    }

    /** The app always needs something to say, even to a check-in no other condition fits. */
    void requireFallback(String file, List<CheckInResponse> responses) {
        if (responses.stream().noneMatch(response -> response.when().conditionCount() == 0)) {
            throw new ContentException(file, null, "when",
                    "at least one response needs an empty condition {} so that every check-in gets an answer");
        }
    }

    private static void requireReachable(EntryFields fields, String atLeastField, Integer atLeast, String atMostField, Integer atMost) {
        if (atLeast != null && atMost != null && atLeast > atMost) {
            throw fields.problem("when." + atLeastField,
                    atLeast + " is above " + atMostField + " (" + atMost + "), so no check-in could match");
        }
    }
}
