package app.groundwork.content;

import app.groundwork.domain.PracticeScript;

/**
 * One step of a practice as {@code practices.json} writes it.
 *
 * @param prompt       what the step asks or says
 * @param example      an example answer or illustration; {@code null} when there is none
 * @param timerSeconds the step's timer, 1–3600 seconds; {@code null} when it has none
 * @param answer       {@code text} for a written step, {@code none} for one that is read or done
 */
public record PracticeStep(String id, String prompt, String example, Integer timerSeconds, String answer) {
    /** Whether the step asks for words. */
    public boolean written() {
        return PracticeScript.AnswerKind.TEXT.id().equals(answer);
    }

    /** The step as the runner needs it. */
    public PracticeScript.Step asScriptStep() {
        return new PracticeScript.Step(id, prompt, written() ? PracticeScript.AnswerKind.TEXT : PracticeScript.AnswerKind.NONE,
                timerSeconds == null ? 0 : timerSeconds);
    }
}
