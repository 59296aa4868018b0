package app.groundwork.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Words in {@code self-talk.json} that stop a phrase from counting when they come shortly before it: a negation
 * ("not", "don't think") or words that put the phrase in someone else's mouth ("told me", "she thinks").
 *
 * @param id      stable name of the group
 * @param about   a short plain note for whoever reads or edits the file; never shown to the person
 * @param reach   how many words may stand between these words and the phrase, 0 to 3 (0: right before it)
 * @param phrases words in matching form, written like {@link SelfTalkEntry#phrases()}
 */
public record SelfTalkCancel(String id, String about, Integer reach, List<String> phrases) {
    /** Keeps its own unchangeable copy; a missing list stays {@code null} for the checks to report. */
    public SelfTalkCancel {
        phrases = phrases == null ? null : Collections.unmodifiableList(new ArrayList<>(phrases));
    }
}
