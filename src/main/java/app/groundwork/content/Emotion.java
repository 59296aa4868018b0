package app.groundwork.content;

/**
 * An emotion a person can rate at a check-in.
 *
 * @param id    stable id stored in the journal, for example {@code shame}
 * @param label what the person sees
 * @param tone  {@value #DIFFICULT} or {@value #EASING}; the app treats easing feelings as evidence, not as a score to beat
 */
public record Emotion(String id, String label, String tone) {
    public static final String DIFFICULT = "difficult";
    public static final String EASING = "easing";

    public boolean easing() {
        return EASING.equals(tone);
    }
}
