package app.groundwork.domain;

import java.util.Objects;

/**
 * One emotion felt at a check-in and how strongly (0–100).
 *
 * @param name      the content id (for example {@code shame}) or, when {@code custom}, the person's own word
 * @param custom    true when the person named this emotion themselves
 * @param intensity 0 (barely there) to 100 (overwhelming)
 */
public record EmotionRating(String name, boolean custom, int intensity) {
    public EmotionRating {
        Objects.requireNonNull(name, "name");
    }

    public static EmotionRating known(String id, int intensity) {
        return new EmotionRating(id, false, intensity);
    }

    public static EmotionRating custom(String word, int intensity) {
        return new EmotionRating(word, true, intensity);
    }
}
