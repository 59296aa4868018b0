package app.groundwork.domain.transfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many of each kind of thing, in a fixed order: the entry kinds ({@code checkin}, {@code reframe}, {@code goal}
 * (outcomes), {@code practice}, {@code assessment}, {@code note}), then {@code step} (goals), {@code win},
 * {@code contact}, {@code helpline} and {@code preference}.
 */
public record TransferCounts(Map<String, Integer> byKind) {
    public static final List<String> KINDS = List.of("checkin", "reframe", "goal", "practice", "assessment", "note",
            "step", "win", "contact", "helpline", "preference");

    public TransferCounts {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String kind : KINDS) {
            ordered.put(kind, byKind.getOrDefault(kind, 0));
        }
        byKind = Collections.unmodifiableMap(ordered);
    }

    public int of(String kind) {
        return byKind.getOrDefault(kind, 0);
    }

    public int total() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The entry kinds only. */
    public int entries() {
        return KINDS.subList(0, 6).stream().mapToInt(this::of).sum();
    }
}
