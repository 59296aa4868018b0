package app.groundwork.insight;

import app.groundwork.content.BodySignal;
import app.groundwork.content.CheckInResponse;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.Emotion;
import app.groundwork.content.LifeArea;
import app.groundwork.content.ResponseCondition;
import app.groundwork.domain.CheckInContent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses what to say right after a check-in is saved. Only responses whose every condition holds are considered;
 * the one that asks most of the check-in wins, because it answers more of what the person actually wrote. Among
 * equals, the one tied to the strongest feeling wins, and after that the check-in itself decides, so the same
 * check-in always hears the same words while different days hear different ones.
 */
public final class CheckInResponder {
    private static final Comparator<Candidate> RELEVANCE = Comparator
            .comparingInt((Candidate candidate) -> candidate.response().when().conditionCount())
            .thenComparingInt(Candidate::matchedIntensity);

    private final ContentLibrary library;

    public CheckInResponder(ContentLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    public ResponseChoice respond(CheckInContent checkIn) {
        List<Candidate> fitting = library.responses().stream()
                .filter(response -> holds(response.when(), checkIn))
                .map(response -> new Candidate(response, matchedIntensity(response.when(), checkIn)))
                .toList();
        // The library refuses to load without a fallback response, so something always fits.
        Candidate best = fitting.stream().max(RELEVANCE).orElseThrow();
        List<Candidate> equallyRelevant = fitting.stream().filter(candidate -> RELEVANCE.compare(candidate, best) == 0).toList();
        CheckInResponse chosen = equallyRelevant.get(Math.floorMod(fingerprint(checkIn), equallyRelevant.size())).response();
        return new ResponseChoice(chosen, Optional.ofNullable(chosen.cardId()).flatMap(library::card),
                matchedOn(chosen.when(), checkIn));
    }

    private static boolean holds(ResponseCondition when, CheckInContent checkIn) {
        return felt(when, checkIn)
                && (when.moodAtMost() == null || checkIn.mood() <= when.moodAtMost())
                && (when.moodAtLeast() == null || checkIn.mood() >= when.moodAtLeast())
                && (when.selfTrustAtMost() == null || checkIn.selfTrust() != null && checkIn.selfTrust() <= when.selfTrustAtMost())
                && (when.selfTrustAtLeast() == null || checkIn.selfTrust() != null && checkIn.selfTrust() >= when.selfTrustAtLeast())
                && (when.bodySignal() == null || checkIn.noticed(when.bodySignal()))
                && (when.lifeArea() == null || checkIn.lifeAreas().contains(when.lifeArea()));
    }

    /** An emotion rated 0 was left untouched rather than felt, so it never counts. */
    private static boolean felt(ResponseCondition when, CheckInContent checkIn) {
        if (when.emotion() == null) {
            return true;
        }
        int intensity = checkIn.intensityOf(when.emotion());
        return intensity > 0 && (when.minIntensity() == null || intensity >= when.minIntensity());
    }

    private static int matchedIntensity(ResponseCondition when, CheckInContent checkIn) {
        return when.emotion() == null ? 0 : checkIn.intensityOf(when.emotion());
    }

    private String matchedOn(ResponseCondition when, CheckInContent checkIn) {
        List<String> parts = new ArrayList<>();
        if (when.emotion() != null) {
            String label = library.emotion(when.emotion()).map(Emotion::label).orElse(when.emotion());
            parts.add(inSentence(label) + " " + checkIn.intensityOf(when.emotion()));
        }
        if (when.moodAtMost() != null || when.moodAtLeast() != null) {
            parts.add("mood " + checkIn.mood());
        }
        if (when.selfTrustAtMost() != null || when.selfTrustAtLeast() != null) {
            parts.add("self-trust " + checkIn.selfTrust());
        }
        if (when.bodySignal() != null) {
            parts.add(inSentence(library.bodySignal(when.bodySignal()).map(BodySignal::label).orElse(when.bodySignal())));
        }
        if (when.lifeArea() != null) {
            parts.add(inSentence(library.lifeArea(when.lifeArea()).map(LifeArea::label).orElse(when.lifeArea())));
        }
        return String.join(", ", parts);
    }

    /** Labels start with a capital for lists; inside a phrase such as "shame 85, tight chest" they read better without. */
    private static String inSentence(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    /**
     * A hash of everything written, built from values whose string forms are fixed, so the choice among equally
     * relevant responses stays the same across runs and Java versions.
     */
    private static int fingerprint(CheckInContent checkIn) {
        StringBuilder text = new StringBuilder()
                .append(checkIn.date()).append('|').append(checkIn.time()).append('|').append(checkIn.mood()).append('|')
                .append(checkIn.selfTrust()).append('|').append(checkIn.energy()).append('|').append(checkIn.sleepHours());
        checkIn.emotions().forEach(rating ->
                text.append('|').append(rating.custom() ? "+" : "").append(rating.name()).append(':').append(rating.intensity()));
        checkIn.bodySignals().forEach(mark -> text.append('|').append(mark.custom() ? "+" : "").append(mark.name()));
        checkIn.lifeAreas().forEach(area -> text.append('|').append(area));
        text.append('|').append(checkIn.note()).append('|').append(String.join(",", checkIn.tags()));
        return text.toString().hashCode();
    }

    private record Candidate(CheckInResponse response, int matchedIntensity) {
    }
}
