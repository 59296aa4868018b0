package app.groundwork.domain;

import java.util.Set;

/** The ids a check-in may use for known emotions, body signals and life areas (from the content module). */
public record CheckInVocabulary(Set<String> emotions, Set<String> bodySignals, Set<String> lifeAreas) {
    public CheckInVocabulary {
        emotions = Set.copyOf(emotions);
        bodySignals = Set.copyOf(bodySignals);
        lifeAreas = Set.copyOf(lifeAreas);
    }
}
