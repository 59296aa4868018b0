package app.groundwork.domain;

import java.time.LocalDate;

/**
 * What the Journal should show. Every part is optional; an empty query lists everything, newest first.
 *
 * @param text     words to find (every word must appear; the last may be the start of a word)
 * @param from     first day, inclusive
 * @param to       last day, inclusive
 * @param emotion  a known emotion id, or a custom emotion word
 * @param tag      a tag, without '#'
 * @param lifeArea a life-area id
 * @param limit    at most this many entries
 */
public record JournalQuery(String text, LocalDate from, LocalDate to, String emotion, String tag, String lifeArea, int limit) {
    public static final int DEFAULT_LIMIT = 500;

    public JournalQuery {
        text = blankToNull(text);
        emotion = blankToNull(emotion);
        tag = blankToNull(tag);
        lifeArea = blankToNull(lifeArea);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public static JournalQuery everything() {
        return new JournalQuery(null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public static JournalQuery text(String text) {
        return new JournalQuery(text, null, null, null, null, null, DEFAULT_LIMIT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
