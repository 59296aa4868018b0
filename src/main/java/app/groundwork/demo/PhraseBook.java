package app.groundwork.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Named pools of phrases read from a small text format: {@code [section]} starts a pool, each following
 * non-blank line is one phrase, {@code #} starts a comment line. A phrase may hold {@code {name}}, filled from
 * the pool {@code fill.name} when picked, and escapes (a backslash, "u" and four hex digits) for characters
 * that an editor must not normalise away (decomposed accents). Every problem is reported with the file and line,
 * so a broken phrase file fails at once instead of producing odd notes.
 */
final class PhraseBook {
    private static final String FILL_PREFIX = "fill.";

    private final String source;
    private final Map<String, List<String>> pools;

    private PhraseBook(String source, Map<String, List<String>> pools) {
        this.source = source;
        this.pools = pools;
    }

    static PhraseBook load(String resource) {
        try (InputStream in = PhraseBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("phrase file not found on the class path: " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read phrase file " + resource, e);
        }
    }

    static PhraseBook parse(String source, String text) {
        Map<String, List<String>> pools = new HashMap<>();
        List<String> current = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String where = source + " line " + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).strip();
                if (name.isEmpty() || pools.containsKey(name)) {
                    throw new IllegalStateException(where + ": empty or repeated section [" + name + "]");
                }
                current = new ArrayList<>();
                pools.put(name, current);
            } else if (current == null) {
                throw new IllegalStateException(where + ": phrase before the first [section]");
            } else {
                current.add(unescape(line, where));
            }
        }
        pools.replaceAll((name, phrases) -> List.copyOf(phrases));
        PhraseBook book = new PhraseBook(source, Map.copyOf(pools));
        book.checkPoolsAndPlaceholders();
        return book;
    }

    /** The phrases of one pool; a missing or empty pool is a broken phrase file. */
    List<String> pool(String name) {
        List<String> phrases = pools.get(name);
        if (phrases == null) {
            throw new IllegalStateException(source + " has no section [" + name + "]");
        }
        return phrases;
    }

    /** A random phrase from a pool with its placeholders filled in. */
    String pick(String name, Dice dice) {
        return fill(dice.pick(pool(name)), dice);
    }

    /** Replaces each placeholder with a random phrase from its fill pool. */
    String fill(String phrase, Dice dice) {
        int open = phrase.indexOf('{');
        if (open < 0) {
            return phrase;
        }
        StringBuilder filled = new StringBuilder(phrase.length() + 24);
        int from = 0;
        while (open >= 0) {
            int close = phrase.indexOf('}', open);
            filled.append(phrase, from, open).append(dice.pick(pool(FILL_PREFIX + phrase.substring(open + 1, close))));
            from = close + 1;
            open = phrase.indexOf('{', from);
        }
        return filled.append(phrase, from, phrase.length()).toString();
    }

    private void checkPoolsAndPlaceholders() {
        pools.forEach((name, phrases) -> {
            if (phrases.isEmpty()) {
                throw new IllegalStateException(source + ": section [" + name + "] has no phrases");
            }
            for (String phrase : phrases) {
                checkPlaceholders(name, phrase);
            }
        });
    }

    private void checkPlaceholders(String section, String phrase) {
        int open = phrase.indexOf('{');
        while (open >= 0) {
            int close = phrase.indexOf('}', open);
            String problem = null;
            if (close < 0) {
                problem = "has a '{' without a closing '}'";
            } else if (section.startsWith(FILL_PREFIX)) {
                problem = "is a fill phrase, which cannot hold a placeholder itself";
            } else if (!pools.containsKey(FILL_PREFIX + phrase.substring(open + 1, close))) {
                problem = "needs a section [" + FILL_PREFIX + phrase.substring(open + 1, close) + "]";
            }
            if (problem != null) {
                throw new IllegalStateException(source + ": [" + section + "] \"" + phrase + "\" " + problem);
            }
            open = phrase.indexOf('{', close);
        }
    }

    private static String unescape(String line, String where) {
        int escape = line.indexOf("\\u");
        if (escape < 0) {
            return line;
        }
        StringBuilder text = new StringBuilder(line.length());
        int from = 0;
        while (escape >= 0) {
            if (escape + 6 > line.length()) {
                throw new IllegalStateException(where + ": \\u needs four hex digits");
            }
            try {
                text.append(line, from, escape).append((char) HexFormat.fromHexDigits(line, escape + 2, escape + 6));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": \\u needs four hex digits", e);
            }
            from = escape + 6;
            escape = line.indexOf("\\u", from);
        }
        return text.append(line, from, line.length()).toString();
    }
}
