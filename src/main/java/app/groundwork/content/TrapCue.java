package app.groundwork.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Wording that suggests one thinking trap, such as "always" before something going wrong (overgeneralizing).
 *
 * @param id       stable name of the cue
 * @param trap     the id of the thinking trap it suggests
 * @param about    a short plain note for whoever reads or edits the file; never shown to the person
 * @param patterns regular expressions over the matching form of the text (see {@link TrapCues}); any one may match,
 *                 and the words it matched are the evidence shown for the suggestion
 * @param unless   optional patterns that set a match aside when they overlap it, such as "not always"
 */
public record TrapCue(String id, String trap, String about, List<String> patterns, List<String> unless) {
    /** Keeps unchangeable copies; missing patterns stay {@code null} for the checks, missing {@code unless} is empty. */
    public TrapCue {
        patterns = patterns == null ? null : Collections.unmodifiableList(new ArrayList<>(patterns));
        unless = unless == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(unless));
    }
}
