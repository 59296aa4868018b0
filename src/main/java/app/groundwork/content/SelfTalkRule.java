package app.groundwork.content;

import java.util.List;
import java.util.Objects;

/**
 * One phrase of {@code self-talk.json}, ready to match: a row of {@link WordChoice}s, with word lists looked up and
 * skipped words left out. The phrase matches a run of words that takes one option (or, when optional, nothing) from
 * each choice in turn.
 *
 * @param entryId    the id of its {@link SelfTalkEntry}
 * @param tone       the side it counts on
 * @param phrase     the phrase as written in the file
 * @param startsPart whether it only matches at the start of a part of the note (written {@code {start}} first)
 * @param parts      the choices in order; at least one of them is not optional
 */
public record SelfTalkRule(String entryId, SelfTalkTone tone, String phrase, boolean startsPart, List<WordChoice> parts) {
    public SelfTalkRule {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(phrase, "phrase");
        parts = List.copyOf(parts);
    }
}
