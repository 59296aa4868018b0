package app.groundwork.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a guided practice asks, step by step, with nothing about how it is shown: the part of a practice's content
 * that {@link PracticeRun} needs to take a person through it.
 *
 * @param practiceId the practice's content id, stored with the answers
 * @param title      the practice's name
 * @param steps      the steps in order; at least one, ids unique
 */
public record PracticeScript(String practiceId, String title, List<Step> steps) {
    public PracticeScript {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a practice needs at least one step");
        }
        Set<String> ids = new HashSet<>();
        for (Step step : steps) {
            if (!ids.add(step.id())) {
                throw new IllegalArgumentException("the step id " + step.id() + " is used twice");
            }
        }
    }

    /** Whether a step asks for words, or is read or done (a round of breathing, noticing a sense). */
    public enum AnswerKind {
        TEXT("text"),
        NONE("none");

        private final String id;

        AnswerKind(String id) {
            this.id = id;
        }

        /** How the content writes it: {@code text} or {@code none}. */
        public String id() {
            return id;
        }
    }

    /**
     * One step.
     *
     * @param id           unique within the practice; stored as the answer's prompt id
     * @param prompt       what the step asks or says
     * @param answerKind   whether it is written
     * @param timerSeconds how long its timer runs; 0 when the step has none
     */
    public record Step(String id, String prompt, AnswerKind answerKind, int timerSeconds) {
        public Step {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(answerKind, "answerKind");
            if (timerSeconds < 0) {
                throw new IllegalArgumentException("timerSeconds must not be negative: " + timerSeconds);
            }
        }

        public boolean written() {
            return answerKind == AnswerKind.TEXT;
        }

        public boolean timed() {
            return timerSeconds > 0;
        }
    }

    /** How many steps ask for words. */
    public int writtenSteps() {
        return (int) steps.stream().filter(Step::written).count();
    }
}
