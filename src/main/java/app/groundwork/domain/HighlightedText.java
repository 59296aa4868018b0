package app.groundwork.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Text split into plain runs and runs that matched a search, in order. */
public record HighlightedText(List<Run> runs) {
    public HighlightedText {
        runs = List.copyOf(runs);
    }

    public record Run(String text, boolean match) {
    }

    public static HighlightedText plain(String text) {
        return new HighlightedText(List.of(new Run(text, false)));
    }

    public String text() {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
