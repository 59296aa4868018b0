package app.groundwork.io;

import app.groundwork.domain.AssessmentSummary;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.SafetyCheck;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/**
 * The JSON other tools read from {@code list --json} and {@code search --json}: one array of entries, each with
 * {@code id}, {@code type}, {@code date} (YYYY-MM-DD), {@code time} (HH:MM), {@code note}, {@code tags}, for
 * check-ins {@code mood}, and for assessments {@code assessment}: {@code {"instrument":"who5","score":64}} (with
 * {@code "band"} for PHQ-9 and GAD-7; the score as in {@link AssessmentJson}). Fields are only ever added, never
 * renamed.
 */
public final class EntryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    record EntryDto(long id, String type, String date, String time, String note, List<String> tags, Integer mood,
                    AssessmentDto assessment, SafetyDto safety) {
    }

    @JsonPropertyOrder({"flagged", "matched"})
    record SafetyDto(boolean flagged, List<String> matched) {
    }

    @JsonPropertyOrder({"instrument", "score", "band"})
    record AssessmentDto(String instrument, Number score, String band) {
    }

    private EntryJson() {
    }

    public static String write(List<JournalEntry> entries) {
        return json(entries.stream().map(EntryJson::dto).toList());
    }

    /** One entry as a JSON object, in the same shape as an element of {@link #write}. */
    public static String writeOne(JournalEntry entry) {
        return json(dto(entry));
    }

    /**
     * An entry just saved, as {@code checkin --json} prints it: the shape of {@link #writeOne} plus
     * {@code "safety":{"flagged":…,"matched":[…]}}, the phrases the screening noticed as they were written.
     */
    public static String writeSaved(JournalEntry entry, SafetyCheck safety) {
        return json(dto(entry, new SafetyDto(safety.flagged(), safety.matchedPhrases())));
    }

    private static EntryDto dto(JournalEntry entry) {
        return dto(entry, null);
    }

    private static EntryDto dto(JournalEntry entry, SafetyDto safety) {
        return new EntryDto(entry.id(), entry.type().id(), entry.date().toString(),
                String.format("%02d:%02d", entry.time().getHour(), entry.time().getMinute()),
                entry.note(), entry.tags(), entry.mood(), assessment(entry.assessment()), safety);
    }

    private static AssessmentDto assessment(AssessmentSummary summary) {
        return summary == null ? null : new AssessmentDto(summary.instrument().id(),
                AssessmentJson.number(summary.instrument(), summary.score()), summary.band().orElse(null));
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entries could not be written as JSON", e);
        }
    }
}
