package app.groundwork.ui.practices;

import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.SeriesProgress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the Practices screen needs from the journal: keeping a practice's answers as a draft while it is under way,
 * storing them once it is finished, finding a draft left in an earlier session, a series' days, and turning a plan
 * into a small step. Implementations do their work off the FX thread and answer through the futures.
 */
public interface PracticeKeeper {
    /**
     * Keeps the answers so far as a draft.
     *
     * @param draftId    the draft kept earlier for this run, or {@code null} for the first time
     * @param practiceId the practice's content id
     * @param answers    one answer per written step, in order; a skipped one is empty
     * @return the draft's id, or {@code null} when nothing was stored (for example, every answer was empty)
     */
    CompletableFuture<Long> keep(Long draftId, String practiceId, List<PracticeAnswer> answers);

    /**
     * Stores the finished practice and lets its draft go.
     *
     * @param draftId the draft kept earlier for this run, or {@code null} when there is none
     * @return what the screening noticed in the answers
     */
    CompletableFuture<SafetyCheck> finish(Long draftId, String practiceId, List<PracticeAnswer> answers);

    /** The latest unfinished answers to a practice, kept in an earlier session, to carry on with. */
    CompletableFuture<Optional<PracticeResponse>> draft(String practiceId);

    /** How far the person is through a practice done over several days; empty for one done in one sitting. */
    CompletableFuture<Optional<SeriesProgress>> seriesProgress(String practiceId);

    /** What the practice's plan would be called as a small step, from the answers; empty when it makes no plan. */
    Optional<String> suggestedGoalTitle(String practiceId, List<PracticeAnswer> answers);

    /**
     * Puts the practice's plan on the Goals list as a small step.
     *
     * @return what the screening noticed in the step's title
     */
    CompletableFuture<SafetyCheck> makeGoal(String practiceId, String title);
}
