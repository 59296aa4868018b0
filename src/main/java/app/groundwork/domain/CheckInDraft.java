package app.groundwork.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A check-in as it stands while being written: every field may still be missing. Kept so that closing or
 * losing the app mid-sentence never costs what was typed.
 *
 * @param editingId the stored check-in being edited, or {@code null} for a new one
 * @param time      the stored check-in's time when editing (it keeps its place in the day), else {@code null}
 * @param tagsText  the tags field exactly as typed
 * @param savedAt   when this draft was written
 */
public record CheckInDraft(
        Long editingId,
        LocalDate date,
        LocalTime time,
        Integer mood,
        Integer selfTrust,
        Integer energy,
        Double sleepHours,
        List<EmotionRating> emotions,
        List<BodySignalMark> bodySignals,
        List<String> lifeAreas,
        String note,
        String tagsText,
        Instant savedAt) {

    public CheckInDraft {
        emotions = List.copyOf(emotions);
        bodySignals = List.copyOf(bodySignals);
        lifeAreas = List.copyOf(lifeAreas);
        note = note == null ? "" : note;
        tagsText = tagsText == null ? "" : tagsText;
    }

    /** True when nothing worth keeping has been entered yet. */
    public boolean isEmpty() {
        return mood == null && selfTrust == null && energy == null && sleepHours == null
                && emotions.isEmpty() && bodySignals.isEmpty() && lifeAreas.isEmpty()
                && note.isBlank() && tagsText.isBlank();
    }
}
