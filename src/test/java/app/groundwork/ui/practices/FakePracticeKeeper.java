package app.groundwork.ui.practices;

import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.SafetyCheck;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
}
