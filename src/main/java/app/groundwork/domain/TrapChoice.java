package app.groundwork.domain;

import java.util.Objects;

/**
 * One thinking trap the person recognised in a thought.
 *
 * @param trap      a catalogue id (for example {@code all-or-nothing}) or, when {@code custom}, the person's own name for it
 * @param custom    true when the person named this trap themselves
 * @param suggested true when the app suggested it from the thought's wording and the person kept it
 */
public record TrapChoice(String trap, boolean custom, boolean suggested) {
    public TrapChoice {
        Objects.requireNonNull(trap, "trap");
    }

    public static TrapChoice known(String id, boolean suggested) {
        return new TrapChoice(id, false, suggested);
    }

    public static TrapChoice custom(String name) {
        return new TrapChoice(name, true, false);
    }
}
