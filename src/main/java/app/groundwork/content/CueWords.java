package app.groundwork.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A named list of words or short phrases that trap cue patterns (or self-talk phrases) share, written in a pattern as
 * {@code {id}}: for example {@code {self-label}} for the harsh words a person may call themselves. The self-talk
 * lexicon also lists the words its meter skips this way.
 *
 * @param id    the placeholder's name
 * @param words plain words in matching form (lower case, plain {@code '}, single spaces); any one may match
 */
public record CueWords(String id, List<String> words) {
    /** Keeps its own unchangeable copy; a missing list stays {@code null} for the checks to report. */
    public CueWords {
        words = words == null ? null : Collections.unmodifiableList(new ArrayList<>(words));
    }
}
