package app.groundwork.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns what a person types into the search box into a safe FTS5 query: every word must appear, the last one may be
 * the start of a word. Quotes, stars and other FTS syntax in the typed text are never passed through.
 */
final class SearchText {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private SearchText() {
    }

    static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(typed);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** The FTS5 MATCH expression, or empty text when the typed text has no words (only emoji, say). */
    static String matchExpression(String typed) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return "";
        }
        String last = words.get(words.size() - 1);
        return words.subList(0, words.size() - 1).stream()
                .map(word -> "\"" + word + "\"")
                .collect(Collectors.joining(" ", "", words.size() > 1 ? " " : ""))
                + "\"" + last + "\"*";
    }
}
