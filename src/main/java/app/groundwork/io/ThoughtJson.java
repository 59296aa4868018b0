package app.groundwork.io;

import app.groundwork.domain.SafetyCheck;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What {@code thought --json} prints on one line:
 * {@code {"traps":[{"id":"labeling","name":"Labelling","because":["I'm such a failure"]}],"friendTest":"…",
 * "safety":{"flagged":false,"matched":[]}}}, plus {@code "id"} of the started record with {@code --save}.
 */
public final class ThoughtJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** One suggested trap: its catalogue id and name, and the words of the thought that point to it. */
    public record Trap(String id, String name, List<String> because) {
    }

    @JsonPropertyOrder({"id", "traps", "friendTest", "safety"})
    record ThoughtDto(Long id, List<Trap> traps, String friendTest, SafetyDto safety) {
    }

    @JsonPropertyOrder({"flagged", "matched"})
    record SafetyDto(boolean flagged, List<String> matched) {
    }

    private ThoughtJson() {
    }

    /**
     * @param savedId the started record's id, or {@code null} when nothing was saved
     */
    public static String write(List<Trap> traps, String friendTest, SafetyCheck safety, Long savedId) {
        try {
            return MAPPER.writeValueAsString(new ThoughtDto(savedId, traps, friendTest,
                    new SafetyDto(safety.flagged(), safety.matchedPhrases())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("suggestions could not be written as JSON", e);
        }
    }
}
