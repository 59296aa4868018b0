package app.groundwork.content;

import java.util.List;
import java.util.Objects;

/**
 * Words of a {@link SelfTalkCancel} (or of the person's own voice, which has no reach), ready to match like a
 * {@link SelfTalkRule}.
 *
 * @param entryId    the id of its entry
 * @param phrase     the phrase as written in the file
 * @param startsPart whether it only matches at the start of a part of the note
 * @param parts      the choices in order; at least one of them is not optional
 * @param reach      how many words may stand between these words and a phrase they cancel; 0 for the own voice
 */
public record SelfTalkCancelRule(String entryId, String phrase, boolean startsPart, List<WordChoice> parts, int reach) {
    public SelfTalkCancelRule {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(phrase, "phrase");
        parts = List.copyOf(parts);
    }
}
