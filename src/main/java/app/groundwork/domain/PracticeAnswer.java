package app.groundwork.domain;

import java.util.Objects;

/**
 * One prompt of a practice and what the person wrote in answer.
 *
 * @param promptId the prompt's content id, or {@code null} when it has none
 * @param prompt   the prompt as the person saw it, kept so the answer still reads right if the content changes
 * @param answer   the person's words, exactly as typed
 */
public record PracticeAnswer(String promptId, String prompt, String answer) {
    public PracticeAnswer {
        Objects.requireNonNull(prompt, "prompt");
        answer = answer == null ? "" : answer;
    }
}
