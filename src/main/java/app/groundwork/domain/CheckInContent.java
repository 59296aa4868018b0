package app.groundwork.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What a person wrote down at one check-in. Optional numbers are {@code null} when left out.
 *
 * @param date       the day the check-in belongs to (today or earlier)
 * @param time       the wall-clock time, kept to the minute
 * @param mood       1–10, required
 * @param selfTrust  0–10 ("How much do I trust myself today?"), optional
 * @param energy     1–5, optional
 * @param sleepHours 0–24 in half hours, optional
 * @param lifeAreas  content ids of the areas the setback touches
 * @param note       free text, stored exactly as typed (may be empty)
 * @param tags       the person's own labels, without the leading '#'
 */
public record CheckInContent(
        LocalDate date,
        LocalTime time,
        int mood,
        Integer selfTrust,
        Integer energy,
        Double sleepHours,
        List<EmotionRating> emotions,
        List<BodySignalMark> bodySignals,
        List<String> lifeAreas,
        String note,
        List<String> tags) {

    public CheckInContent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        time = time.truncatedTo(ChronoUnit.MINUTES);
        emotions = List.copyOf(emotions);
        bodySignals = List.copyOf(bodySignals);
        lifeAreas = List.copyOf(lifeAreas);
        note = note == null ? "" : note;
        tags = List.copyOf(tags);
    }

    /** The strongest rating for an emotion id, or 0 when it was not felt. */
    public int intensityOf(String emotionId) {
        return emotions.stream()
                .filter(rating -> !rating.custom() && rating.name().equals(emotionId))
                .mapToInt(EmotionRating::intensity)
                .max()
                .orElse(0);
    }

    public boolean noticed(String bodySignalId) {
        return bodySignals.stream().anyMatch(mark -> !mark.custom() && mark.name().equals(bodySignalId));
    }
}
