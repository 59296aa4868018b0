package app.groundwork.io.transfer;

import app.groundwork.domain.TextRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes other apps' activity and tag names into Groundwork tags: one word (spaces become hyphens), no leading
 * {@code #} or {@code @}, no commas, at most {@link TextRules#MAX_LABEL_LENGTH} characters, each once.
 */
final class TagNames {
    private TagNames() {
    }

    /** The tag for {@code name}; empty when nothing of it is left. */
    static String tag(String name) {
        String tag = name.strip().replaceFirst("^[#@]+", "").replace(',', ' ').strip().replaceAll("\\s+", "-");
        if (tag.codePointCount(0, tag.length()) > TextRules.MAX_LABEL_LENGTH) {
            tag = tag.substring(0, tag.offsetByCodePoints(0, TextRules.MAX_LABEL_LENGTH));
        }
        return tag;
    }

    /** The tags for these names, in order, each once (case ignored), empty ones left out. */
    static List<String> tags(List<String> names) {
        Set<String> seen = new HashSet<>();
        List<String> tags = new ArrayList<>();
        for (String name : names) {
            String tag = tag(name);
            if (!tag.isEmpty() && seen.add(tag.toLowerCase(Locale.ROOT))) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
