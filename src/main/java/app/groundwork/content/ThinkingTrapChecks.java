package app.groundwork.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of {@code thinking-traps.json} beyond its JSON shape: every entry is one of the catalogue's traps, with
 * all of its words, and an example set in one of the three kinds of setback. Thought records keep trap ids, so the
 * file may neither add a trap nor leave one out.
 */
final class ThinkingTrapChecks implements EntryCheck<ThinkingTrap> {
    private static final Set<String> IDS = Set.copyOf(ThinkingTrap.CATALOGUE_IDS);

    @Override
    public void check(ThinkingTrap trap, EntryFields fields) {
        fields.requireOneOf("id", trap.id(), IDS);
        fields.requireText("name", trap.name());
        fields.requireText("description", trap.description());
        fields.requireText("explanation", trap.explanation());
        fields.requireText("question", trap.question());
        TrapExample example = trap.example();
        if (example == null) {
            throw fields.problem("example", "is missing");
        }
        fields.requireOneOf("example.setting", example.setting(), TrapExample.SETTINGS);
        fields.requireText("example.thought", example.thought());
        fields.requireText("example.answer", example.answer());
    }

    /** Every trap of the catalogue needs its entry. */
    static void requireEveryTrap(String file, List<ThinkingTrap> traps) {
        Set<String> present = traps.stream().map(ThinkingTrap::id).collect(Collectors.toSet());
        for (String id : ThinkingTrap.CATALOGUE_IDS) {
            if (!present.contains(id)) {
                throw new ContentException(file, null, "traps", "there is no entry for \"" + id + "\"");
            }
        }
    }
}
