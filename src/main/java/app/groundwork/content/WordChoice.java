package app.groundwork.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One place in a self-talk phrase: any one of a few word sequences, or (when optional) none of them. A word list
 * written as {@code {self-is}} becomes one choice of all its entries; plain words in a row become one choice of a
 * single sequence. Skipped words are already left out.
 *
 * @param name     the list's id, or the plain words themselves; for messages and for sharing work between phrases
 * @param options  the word sequences, each non-empty, in matching form
 * @param optional whether the place may also be left empty
 */
public record WordChoice(String name, List<List<String>> options, boolean optional) {
    public WordChoice {
        Objects.requireNonNull(name, "name");
        List<List<String>> copies = new ArrayList<>(options.size());
        for (List<String> option : options) {
            if (option.isEmpty()) {
                throw new IllegalArgumentException("an option of " + name + " is empty");
            }
            copies.add(List.copyOf(option));
        }
        options = List.copyOf(copies);
    }
}
