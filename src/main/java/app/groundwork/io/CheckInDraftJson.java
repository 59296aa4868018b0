package app.groundwork.io;

import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckInDraft;
import app.groundwork.domain.EmotionRating;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Writes a check-in draft as JSON for the draft table, and reads it back. A draft that cannot be read (written by
 * some other version, say) is reported as missing rather than stopping the form from opening.
 */
public final class CheckInDraftJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The stored shape; kept apart from the domain record so either can change without breaking old drafts. */
    record DraftDto(
            Long editingId, LocalDate date, LocalTime time, Integer mood, Integer selfTrust, Integer energy, Double sleepHours,
            List<EmotionDto> emotions, List<SignalDto> bodySignals, List<String> lifeAreas, String note,
            String tagsText, Instant savedAt) {
    }

    record EmotionDto(String name, boolean custom, int intensity) {
    }

    record SignalDto(String name, boolean custom) {
    }

    private CheckInDraftJson() {
    }

    public static String write(CheckInDraft draft) {
        DraftDto dto = new DraftDto(draft.editingId(), draft.date(), draft.time(), draft.mood(), draft.selfTrust(), draft.energy(),
                draft.sleepHours(),
                draft.emotions().stream().map(e -> new EmotionDto(e.name(), e.custom(), e.intensity())).toList(),
                draft.bodySignals().stream().map(s -> new SignalDto(s.name(), s.custom())).toList(),
                draft.lifeAreas(), draft.note(), draft.tagsText(), draft.savedAt());
        try {
            return MAPPER.writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft could not be written as JSON", e);
        }
    }

    public static Optional<CheckInDraft> read(String json) {
        try {
            DraftDto dto = MAPPER.readValue(json, DraftDto.class);
            return Optional.of(new CheckInDraft(dto.editingId(), dto.date(), dto.time(), dto.mood(), dto.selfTrust(), dto.energy(),
                    dto.sleepHours(),
                    nullToEmpty(dto.emotions()).stream().map(e -> new EmotionRating(e.name(), e.custom(), e.intensity())).toList(),
                    nullToEmpty(dto.bodySignals()).stream().map(s -> new BodySignalMark(s.name(), s.custom())).toList(),
                    nullToEmpty(dto.lifeAreas()), dto.note(), dto.tagsText(), dto.savedAt()));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
