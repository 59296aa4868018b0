package app.groundwork.ui.practices;

import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.SeriesProgress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A keeper in memory: records every keep and finish, hands out draft ids from 1, and answers at once. */
final class FakePracticeKeeper implements PracticeKeeper {
    /** One call as it was made. */
    record Call(Long draftId, String practiceId, List<PracticeAnswer> answers) {
    }

    final List<Call> keeps = new CopyOnWriteArrayList<>();
    final List<Call> finishes = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(1);
    volatile SafetyCheck safety = SafetyCheck.CLEAR;
    volatile RuntimeException failure;
    /** The draft an earlier session left, by practice id. */
    final Map<String, PracticeResponse> drafts = new ConcurrentHashMap<>();
    /** How far through a series each practice is; a practice missing here is done in one sitting. */
    final Map<String, SeriesProgress> series = new ConcurrentHashMap<>();
    /** Every plan made into a step: the practice id and the title. */
    final List<List<String>> goals = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Long> keep(Long draftId, String practiceId, List<PracticeAnswer> answers) {
        keeps.add(new Call(draftId, practiceId, answers));
        if (failure != null) {
            return CompletableFuture.failedFuture(failure);
        }
        if (answers.stream().allMatch(answer -> answer.answer().isBlank())) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.completedFuture(draftId != null ? draftId : nextId.getAndIncrement());
    }

    @Override
    public CompletableFuture<SafetyCheck> finish(Long draftId, String practiceId, List<PracticeAnswer> answers) {
        finishes.add(new Call(draftId, practiceId, answers));
        if (failure != null) {
            return CompletableFuture.failedFuture(failure);
        }
        return CompletableFuture.completedFuture(safety);
    }

    @Override
    public CompletableFuture<Optional<PracticeResponse>> draft(String practiceId) {
        return CompletableFuture.completedFuture(Optional.ofNullable(drafts.get(practiceId)));
    }

    @Override
    public CompletableFuture<Optional<SeriesProgress>> seriesProgress(String practiceId) {
        return CompletableFuture.completedFuture(Optional.ofNullable(series.get(practiceId)));
    }

    @Override
    public Optional<String> suggestedGoalTitle(String practiceId, List<PracticeAnswer> answers) {
        return answers.stream().filter(answer -> "first-contact".equals(answer.promptId()))
                .map(PracticeAnswer::answer).filter(text -> !text.isBlank()).findFirst();
    }

    @Override
    public CompletableFuture<SafetyCheck> makeGoal(String practiceId, String title) {
        if (failure != null) {
            return CompletableFuture.failedFuture(failure);
        }
        goals.add(List.of(practiceId, title));
        return CompletableFuture.completedFuture(safety);
    }
}
