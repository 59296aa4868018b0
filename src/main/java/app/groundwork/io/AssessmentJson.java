package app.groundwork.io;

import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.Instrument;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The JSON of one scored assessment, as {@code assess --json} prints it on one line:
 * {@code {"instrument":"phq9","score":7,"band":"mild","safety":{"flagged":false}}}. The score is a whole number for
 * the sum scales and a number with two decimals for the SCS-SF; {@code band} appears only for scales with bands.
 */
public final class AssessmentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @JsonPropertyOrder({"instrument", "score", "band", "safety"})
    record ScoreDto(String instrument, Number score, String band, SafetyDto safety) {
    }

    record SafetyDto(boolean flagged) {
    }

    private AssessmentJson() {
    }

    public static String write(AssessmentScore score) {
        try {
            return MAPPER.writeValueAsString(new ScoreDto(score.instrument().id(), number(score.instrument(), score.score()),
                    score.band().orElse(null), new SafetyDto(score.safety().flagged())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a score could not be written as JSON", e);
        }
    }

    /** {@code 7} for sum scales, {@code 3.25} (always two decimals) for the SCS-SF. */
    static Number number(Instrument instrument, double score) {
        return instrument.scoredAsMean()
                ? BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP)
                : (Number) Math.round(score);
    }
}
