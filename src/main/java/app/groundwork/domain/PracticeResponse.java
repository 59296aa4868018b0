package app.groundwork.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * A person's answers to one practice, kept as a journal entry of type {@code practice}.
 *
 * @param entryId    the journal entry's id; 0 before it is stored
 * @param practiceId which practice it answers, for example {@link #WEEKLY_REVIEW}
 * @param date       the day it was (last) written
 * @param time       the time it was (last) written, to the minute
 * @param weekOf     for a weekly review, the Monday of the week it looks back on; {@code null} otherwise
 * @param finishedAt when it was finished; {@code null} while still in progress
 * @param answers    the prompts and answers, in order
 */
public record PracticeResponse(long entryId, String practiceId, LocalDate date, LocalTime time, LocalDate weekOf,
                               Instant finishedAt, List<PracticeAnswer> answers) {
    /** The practice id of the weekly review's answer. */
    public static final String WEEKLY_REVIEW = "weekly-review";

    public PracticeResponse {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        answers = List.copyOf(answers);
    }

    public boolean weeklyReview() {
        return WEEKLY_REVIEW.equals(practiceId);
    }

    /** Every answer, one after another, blank answers left out: what the Journal shows as the entry's note. */
    public String answerText() {
        return String.join("\n\n", answers.stream().map(PracticeAnswer::answer).filter(text -> !text.isBlank()).toList());
    }

    /** The same response stored under {@code id}. */
    public PracticeResponse withEntryId(long id) {
        return new PracticeResponse(id, practiceId, date, time, weekOf, finishedAt, answers);
    }
}
