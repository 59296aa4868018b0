package app.groundwork.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An everyday turn of phrase that contains words a signal looks for ("I killed myself laughing", "I cut myself
 * shaving"). A signal match is set aside only when it lies wholly inside a match of an idiom.
 *
 * @param id       stable name of the idiom
 * @param patterns regular expressions over the normalised text (see {@link CrisisLexicon}); any one may match
 */
public record CrisisIdiom(String id, List<String> patterns) {
    /** Keeps its own unchangeable copy of the patterns; a missing list stays {@code null} for the checks to report. */
    public CrisisIdiom {
        patterns = patterns == null ? null : Collections.unmodifiableList(new ArrayList<>(patterns));
    }
}
