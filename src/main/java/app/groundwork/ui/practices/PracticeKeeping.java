package app.groundwork.ui.practices;

import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.SeriesProgress;
import app.groundwork.service.PracticeService;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The Practices screen's answers kept in the journal through {@link PracticeService}. */
public final class PracticeKeeping implements PracticeKeeper {
    private final PracticeService practices;

    public PracticeKeeping(PracticeService practices) {
        this.practices = practices;
    }

    @Override
    public CompletableFuture<Long> keep(Long draftId, String practiceId, List<PracticeAnswer> answers) {
        return practices.keep(draftId, practiceId, answers)
                .thenApply(kept -> kept.map(saved -> saved.entry().entryId()).orElse(null));
    }

    @Override
    public CompletableFuture<SafetyCheck> finish(Long draftId, String practiceId, List<PracticeAnswer> answers) {
        return practices.finish(draftId, practiceId, answers).thenApply(saved -> saved.safety());
    }

    @Override
    public CompletableFuture<Optional<PracticeResponse>> draft(String practiceId) {
        return practices.draft(practiceId);
    }

    @Override
    public CompletableFuture<Optional<SeriesProgress>> seriesProgress(String practiceId) {
        return practices.seriesProgress(practiceId);
    }

    @Override
    public Optional<String> suggestedGoalTitle(String practiceId, List<PracticeAnswer> answers) {
        return practices.suggestedGoalTitle(practiceId, answers);
    }

    @Override
    public CompletableFuture<SafetyCheck> makeGoal(String practiceId, String title) {
        return practices.makeGoal(practiceId, title).thenApply(saved -> saved.safety());
    }
}
