package app.groundwork.content;

/**
 * What the Reframe screen says at one step of a thought record: a short title, the question it asks, a worked example
 * and, where it helps, a line of encouragement. The examples of all steps come from one running story, so read in
 * order they make one whole record.
 *
 * @param id            the step's id, one of {@link app.groundwork.domain.ReframeStep#id()}
 * @param title         two to four words, for example {@code What happened}
 * @param prompt        one or two warm, plain sentences asking for this step
 * @param example       this step as the running example story fills it in
 * @param hint          one short line of encouragement or how-to; {@code null} when the step has none
 * @param promptFor     the evidence step only: the question for what supports the thought; otherwise {@code null}
 * @param promptAgainst the evidence step only: the question for what does not fit it; otherwise {@code null}
 */
public record ReframeGuideStep(String id, String title, String prompt, String example, String hint, String promptFor,
                               String promptAgainst) {

    public boolean hasHint() {
        return hint != null && !hint.isBlank();
    }
}
