package app.groundwork.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads tags as people type them: "work, #exam  sleep" → [work, exam, sleep]. */
public final class Tags {
    private Tags() {
    }

    public static List<String> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        Set<String> seenLower = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        for (String piece : typed.split("[,\\s]+")) {
            String tag = piece.startsWith("#") ? piece.replaceFirst("^#+", "") : piece;
            if (!tag.isEmpty() && seenLower.add(tag.toLowerCase(Locale.ROOT))) {
                tags.add(tag);
            }
        }
        return tags;
    }

    public static String format(List<String> tags) {
        return String.join(", ", tags);
    }
}
