package app.groundwork.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One kind of statement the crisis screening looks for, such as wanting to die or feeling like a burden.
 *
 * @param id       stable name of the signal, reported with every match (for example {@code better-off-without-me})
 * @param label    a short plain description for people who read or edit the lexicon; never shown as a verdict
 * @param patterns regular expressions over the normalised text (see {@link CrisisLexicon}); any one may match
 */
public record CrisisSignal(String id, String label, List<String> patterns) {
    /** Keeps its own unchangeable copy of the patterns; a missing list stays {@code null} for the checks to report. */
    public CrisisSignal {
        patterns = patterns == null ? null : Collections.unmodifiableList(new ArrayList<>(patterns));
    }
}
