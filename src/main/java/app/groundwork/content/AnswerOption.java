package app.groundwork.content;

/**
 * One answer a person can give to an item, with the raw value that is stored and scored.
 *
 * @param label the instrument's own label, for example {@code Several days}; a scale that labels only its ends
 *              (the SCS-SF) has the number itself as the label of the values between
 */
public record AnswerOption(Integer value, String label) {
}
