package app.groundwork.ui.practices;

import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.SafetyCheck;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the Practices screen needs from the journal: keeping a practice's answers as a draft while it is under way, and
 * storing them once it is finished. Implementations do their work off the FX thread and answer through the futures.
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
}
