package app.groundwork.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A short piece of plain-language background, such as why a setback can feel like an injury to who you are.
 *
 * @param summary one sentence, for lists and links
 * @param body    paragraphs of plain text separated by one blank line
 */
public record Card(String id, String title, String summary, String body) {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    /** The body split at its blank lines, so a view can give each paragraph its own text block. */
    public List<String> paragraphs() {
        return BLANK_LINE.splitAsStream(body.strip()).map(String::strip).toList();
    }
}
