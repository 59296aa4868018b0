package app.groundwork.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One group of self-critical or self-kind phrases in {@code self-talk.json}, such as the harsh labels a person may
 * put on themselves, or the words of giving oneself credit for trying.
 *
 * @param id      stable name of the group; the meter reports it with every match
 * @param about   a short plain note for whoever reads or edits the file; never shown to the person
 * @param phrases words in matching form, one space apart, with {@code {list}} or {@code {list?}} for any one (or, with
 *                {@code ?}, none) of a word list's words (see {@link SelfTalkLexicon})
 */
public record SelfTalkEntry(String id, String about, List<String> phrases) {
    /** Keeps its own unchangeable copy; a missing list stays {@code null} for the checks to report. */
    public SelfTalkEntry {
        phrases = phrases == null ? null : Collections.unmodifiableList(new ArrayList<>(phrases));
    }
}
