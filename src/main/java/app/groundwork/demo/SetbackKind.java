package app.groundwork.demo;

import java.util.List;

/**
 * The kinds of setback the demo person lives through. Each touches its own life areas and brings its own mix of
 * emotions and body signals, so a year after a breakup reads differently from a year after a lost job.
 */
enum SetbackKind {
    FAILED_EXAM("exam", true, 1.2, List.of("study"), List.of(),
            Mix.of("disappointment", 4).and("shame", 3).and("embarrassment", 3).and("anxiety", 3)
                    .and("envy", 2).and("anger", 1).and("fear", 1),
            Mix.of("knot-in-stomach", 3).and("urge-to-hide", 3).and("dislike-being-watched", 2)
                    .and("poor-sleep", 2).and("tense-shoulders", 1)),
    LOST_JOB("job", true, 1.2, List.of("work"), List.of("money"),
            Mix.of("shame", 3).and("fear", 3).and("anxiety", 3).and("anger", 2).and("grief", 2)
                    .and("numbness", 2).and("embarrassment", 2),
            Mix.of("tight-chest", 3).and("heavy-limbs", 3).and("poor-sleep", 3).and("tense-shoulders", 2)
                    .and("urge-to-hide", 1)),
    BREAKUP("breakup", false, 0.9, List.of("relationship"), List.of("other"),
            Mix.of("grief", 4).and("loneliness", 4).and("anger", 2).and("numbness", 2).and("guilt", 2)
                    .and("disappointment", 1),
            Mix.of("heavy-limbs", 3).and("tight-chest", 3).and("poor-sleep", 3).and("knot-in-stomach", 2)),
    REJECTION("rejection", false, 1.1, List.of("work"), List.of("study"),
            Mix.of("disappointment", 4).and("envy", 3).and("embarrassment", 2).and("shame", 2).and("anger", 1)
                    .and("anxiety", 1),
            Mix.of("urge-to-hide", 3).and("dislike-being-watched", 2).and("knot-in-stomach", 2)
                    .and("tense-shoulders", 1)),
    HEALTH_SCARE("health", false, 0.6, List.of("health"), List.of("work"),
            Mix.of("fear", 4).and("anxiety", 4).and("numbness", 2).and("loneliness", 1).and("anger", 1),
            Mix.of("racing-heart", 4).and("tight-chest", 3).and("poor-sleep", 3).and("knot-in-stomach", 2)),
    MONEY_SQUEEZE("money", false, 0.8, List.of("money"), List.of("other"),
            Mix.of("anxiety", 4).and("shame", 3).and("fear", 2).and("guilt", 2).and("envy", 1),
            Mix.of("knot-in-stomach", 3).and("tense-shoulders", 3).and("poor-sleep", 3).and("tight-chest", 1)),
    FAMILY_RIFT("family", false, 0.8, List.of("relationship"), List.of("other"),
            Mix.of("anger", 4).and("guilt", 3).and("grief", 2).and("loneliness", 2).and("disappointment", 2),
            Mix.of("tense-shoulders", 3).and("tight-chest", 2).and("knot-in-stomach", 2).and("poor-sleep", 1)),
    PUBLIC_MISTAKE("mistake", false, 1.2, List.of("work"), List.of(),
            Mix.of("embarrassment", 5).and("shame", 3).and("anxiety", 3).and("guilt", 1),
            Mix.of("dislike-being-watched", 4).and("racing-heart", 3).and("urge-to-hide", 3)
                    .and("tense-shoulders", 1));

    private final String key;
    private final boolean opensStory;
    private final double trustShare;
    private final List<String> mainAreas;
    private final List<String> sideAreas;
    private final Mix emotions;
    private final Mix bodySignals;

    SetbackKind(String key, boolean opensStory, double trustShare, List<String> mainAreas, List<String> sideAreas,
            Mix emotions, Mix bodySignals) {
        this.key = key;
        this.opensStory = opensStory;
        this.trustShare = trustShare;
        this.mainAreas = mainAreas;
        this.sideAreas = sideAreas;
        this.emotions = emotions;
        this.bodySignals = bodySignals;
    }

    /** The name used for this kind's phrase and tag pools, e.g. {@code exam.raw} and {@code tags.exam}. */
    String key() {
        return key;
    }

    /** Only a big, identity-shaking failure starts the journal; the later setbacks are smaller ones. */
    boolean opensStory() {
        return opensStory;
    }

    /**
     * How hard this kind hits self-trust compared with mood: a public mistake shakes "can I rely on myself?" more
     * than a health scare does.
     */
    double trustShare() {
        return trustShare;
    }

    List<String> mainAreas() {
        return mainAreas;
    }

    /** Areas that are sometimes touched too, like money after a lost job. */
    List<String> sideAreas() {
        return sideAreas;
    }

    Mix emotions() {
        return emotions;
    }

    Mix bodySignals() {
        return bodySignals;
    }
}
