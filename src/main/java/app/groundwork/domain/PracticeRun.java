package app.groundwork.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One person going through one practice, with nothing about how it is shown: the step they are on, what they have
 * written at each written step, and each timed step's {@link StepTimer}. Steps can be taken in any order and any of
 * them skipped. A practice can be finished once something is written at one of its written steps; a practice with no
 * written steps (paced breathing, grounding) once its last step has been reached.
 */
public final class PracticeRun {
    private final PracticeScript script;
    private final Clock clock;
    private final Map<String, String> written = new HashMap<>();
    private final Map<String, StepTimer> timers = new HashMap<>();
    private int index;
    private boolean reachedLast;

    public PracticeRun(PracticeScript script, Clock clock) {
        this.script = Objects.requireNonNull(script, "script");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reachedLast = script.steps().size() == 1;
    }

    /** Carries on an earlier run: each answer goes back to the written step of its prompt id; others are left out. */
    public void restore(List<PracticeAnswer> answers) {
        for (PracticeAnswer answer : answers) {
            script.steps().stream()
                    .filter(step -> step.written() && step.id().equals(answer.promptId()))
                    .findFirst()
                    .ifPresent(step -> written.put(step.id(), answer.answer()));
        }
    }

    public PracticeScript script() {
        return script;
    }

    /** The current step's position, from 0. */
    public int index() {
        return index;
    }

    public PracticeScript.Step current() {
        return script.steps().get(index);
    }

    public int stepCount() {
        return script.steps().size();
    }

    public boolean isFirst() {
        return index == 0;
    }

    public boolean isLast() {
        return index == stepCount() - 1;
    }

    /** Moves to the next step; false (and no move) on the last one. */
    public boolean next() {
        if (isLast()) {
            return false;
        }
        goTo(index + 1);
        return true;
    }

    /** Moves to the step before; false (and no move) on the first one. */
    public boolean back() {
        if (isFirst()) {
            return false;
        }
        goTo(index - 1);
        return true;
    }

    /** Moves to any step; a running timer on the step left is paused. */
    public void goTo(int step) {
        Objects.checkIndex(step, stepCount());
        Optional.ofNullable(timers.get(current().id())).ifPresent(StepTimer::pause);
        index = step;
        if (isLast()) {
            reachedLast = true;
        }
    }

    /** Keeps {@code text} as the current step's answer. */
    public void write(String text) {
        write(index, text);
    }

    /**
     * Keeps {@code text} as the answer to the step at {@code step}.
     *
     * @throws IllegalStateException when that step is read or done rather than written
     */
    public void write(int step, String text) {
        PracticeScript.Step target = script.steps().get(Objects.checkIndex(step, stepCount()));
        if (!target.written()) {
            throw new IllegalStateException("the step " + target.id() + " takes no written answer");
        }
        written.put(target.id(), text == null ? "" : text);
    }

    /** What is written at the step at {@code step} so far; empty when nothing is (or it takes no words). */
    public String answerAt(int step) {
        return written.getOrDefault(script.steps().get(Objects.checkIndex(step, stepCount())).id(), "");
    }

    /** The current step's timer, made the first time it is asked for and kept while the run lasts; empty for an untimed step. */
    public Optional<StepTimer> timer() {
        PracticeScript.Step step = current();
        if (!step.timed()) {
            return Optional.empty();
        }
        return Optional.of(timers.computeIfAbsent(step.id(), id -> StepTimer.ofSeconds(step.timerSeconds(), clock)));
    }

    /** Whether the last step has been reached at least once. */
    public boolean reachedLast() {
        return reachedLast;
    }

    /** Whether a written step has words in it, or, in a practice with none, the last step has been reached. */
    public boolean canFinish() {
        if (script.writtenSteps() == 0) {
            return reachedLast;
        }
        return written.values().stream().anyMatch(text -> !text.isBlank());
    }

    /** One answer per written step, in order, with the prompt as shown; a skipped step's answer is empty. */
    public List<PracticeAnswer> answers() {
        List<PracticeAnswer> answers = new ArrayList<>();
        for (PracticeScript.Step step : script.steps()) {
            if (step.written()) {
                answers.add(new PracticeAnswer(step.id(), step.prompt(), written.getOrDefault(step.id(), "")));
            }
        }
        return List.copyOf(answers);
    }
}
