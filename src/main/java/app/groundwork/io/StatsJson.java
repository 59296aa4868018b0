package app.groundwork.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * What {@code stats --json} prints: the period, mood and self-trust (mean and how the trailing 7-day mean moved from
 * the start of the period to its end), entries per kind, the most named emotions and most chosen thinking traps, and
 * wins. A figure with nothing behind it is {@code null}, never 0.
 */
public final class StatsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A 1–10 or 0–10 scale over the period: the mean of the daily means, and the trailing mean at each end. */
    @JsonPropertyOrder({"mean", "days", "start", "end", "change"})
    public record Scale(double mean, int days, double start, double end, double change) {
    }

    @JsonPropertyOrder({"id", "name", "custom", "count", "meanIntensity"})
    public record Emotion(String id, String name, boolean custom, int count, Double meanIntensity) {
    }

    @JsonPropertyOrder({"id", "name", "custom", "count", "meanBeliefDrop", "meanDistressDrop"})
    public record Trap(String id, String name, boolean custom, int count, Double meanBeliefDrop, Double meanDistressDrop) {
    }

    @JsonPropertyOrder({"from", "to", "days", "mood", "selfTrust", "entries", "emotions", "traps", "wins", "meanExperimentRelief"})
    public record Stats(String from, String to, long days, Scale mood, Scale selfTrust, Map<String, Integer> entries,
                        List<Emotion> emotions, List<Trap> traps, int wins, Double meanExperimentRelief) {
    }

    private StatsJson() {
    }

    public static String write(Stats stats) {
        try {
            return MAPPER.writeValueAsString(stats);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the figures could not be written as JSON", e);
        }
    }
}
