package app.groundwork.ui.reframe;

import app.groundwork.domain.TrapChoice;
import java.util.List;

/**
 * A thinking trap as the Reframe screen shows it: chosen by the person, or offered by the suggester and waiting for
 * their yes or no.
 *
 * @param label   the catalogue name, or the person's own words
 * @param because the words of the thought that led to the suggestion, as written; empty when the person chose it
 */
public record TrapPick(TrapChoice choice, String label, List<String> because) {
    public TrapPick {
        because = List.copyOf(because);
    }

    /** Whether this is the same trap as {@code other}, whoever chose it. */
    public boolean sameTrap(TrapChoice other) {
        return choice.custom() == other.custom() && choice.trap().equalsIgnoreCase(other.trap());
    }
}
