package app.groundwork.service;

import app.groundwork.content.Practice;
import app.groundwork.content.PracticeGoal;
import app.groundwork.content.PracticeSeries;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.PracticeSuggestion;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Saved;
import app.groundwork.domain.SeriesProgress;
import app.groundwork.domain.TextRules;
import app.groundwork.insight.CrisisScreener;
import app.groundwork.insight.PracticeSuggester;
import app.groundwork.store.PracticeRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The guided practices' answers, kept as journal entries of type {@code practice}. While a person is part way through,
 * what they have written is kept as a draft (an entry with no finish time) so leaving never costs it; finishing
 * stamps it with the day and time. Everything written is checked first: a refused answer fails the future with
 * {@link InvalidEntryException} and the journal is unchanged. The person's words are screened for signs of crisis
 * after each write commits, so screening never delays or undoes a save.
 */
public final class PracticeService {
    private final PracticeRepository practices;
    private final Function<String, Optional<Practice>> library;
    private final GoalService goals;
    private final CrisisScreener screener;
    private final PracticeSuggester suggester;
    private final Clock clock;

    /** @param library a practice from its content id */
    PracticeService(PracticeRepository practices, Function<String, Optional<Practice>> library, GoalService goals,
                    CrisisScreener screener, PracticeSuggester suggester, Clock clock) {
        this.practices = practices;
        this.library = library;
        this.goals = goals;
        this.screener = screener;
        this.suggester = suggester;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Keeps what is written so far as a draft, written now.
     *
     * @param draftId the draft already kept, or {@code null} for one not stored yet
     * @return the draft as stored; empty when every answer is blank (nothing is stored, and a draft already kept stays
     *         as it was) or when the draft is no longer there to keep (deleted or finished meanwhile)
     */
    public CompletableFuture<Optional<Saved<PracticeResponse>>> keep(Long draftId, String practiceId,
                                                                    List<PracticeAnswer> answers) {
        Practice practice;
        try {
            practice = practice(practiceId);
            requireStorable(answers);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (allBlank(answers)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Instant now = Instant.now(clock);
        PracticeResponse draft = response(draftId, practiceId, answers, null);
        if (draftId == null) {
            return practices.insert(draft, practice.title(), now).thenApply(stored -> Optional.of(screened(stored)));
        }
        return practices.updateDraft(draft, practice.title(), now).thenApply(stored -> stored.map(this::screened));
    }

    /**
     * Finishes a practice now. A practice with written steps needs words in at least one of them; one without (paced
     * breathing, grounding) is kept with no answers, as a record that it was done.
     *
     * @param draftId the draft it finishes, or {@code null} for one done in one go; a draft deleted or finished
     *                meanwhile is not lost: the answers are kept as a new entry
     */
    public CompletableFuture<Saved<PracticeResponse>> finish(Long draftId, String practiceId, List<PracticeAnswer> answers) {
        Practice practice;
        try {
            practice = practice(practiceId);
            List<FieldProblem> problems = new ArrayList<>();
            if (practice.script().writtenSteps() > 0 && allBlank(answers)) {
                problems.add(FieldProblem.of("answers", "problem.practice.answerNeeded"));
            }
            storableProblems(answers, problems);
            if (!problems.isEmpty()) {
                throw new InvalidEntryException(problems);
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Instant now = Instant.now(clock);
        PracticeResponse finished = response(draftId, practiceId, answers, now);
        CompletableFuture<PracticeResponse> stored = draftId == null
                ? practices.insert(finished, practice.title(), now)
                : practices.updateDraft(finished, practice.title(), now).thenCompose(updated -> updated
                        .map(CompletableFuture::completedFuture)
                        .orElseGet(() -> practices.insert(finished.withEntryId(0), practice.title(), now)));
        return stored.thenApply(this::screened);
    }

    /** The latest unfinished answers to a practice, to carry on with; empty when there are none. */
    public CompletableFuture<Optional<PracticeResponse>> draft(String practiceId) {
        return practices.drafts(Objects.requireNonNull(practiceId, "practiceId"))
                .thenApply(drafts -> drafts.stream().findFirst());
    }

    public CompletableFuture<Optional<PracticeResponse>> find(long entryId) {
        return practices.find(entryId);
    }

    /**
     * How far the person is through a practice done over several days: each distinct day with a finished session
     * counts once, however many sessions it holds. Empty for a practice done in one sitting.
     *
     * @throws IllegalArgumentException (in the future) for an unknown practice
     */
    public CompletableFuture<Optional<SeriesProgress>> seriesProgress(String practiceId) {
        Optional<PracticeSeries> series;
        try {
            series = practice(practiceId).days();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (series.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        LocalDate today = today();
        return practices.finishedDays(practiceId).thenApply(days ->
                Optional.of(new SeriesProgress(days.size(), series.get().days(), days.contains(today))));
    }

    /**
     * What a practice's plan would be called as a small step: the first line written at the step the content names;
     * empty for a practice that makes no plan, or when that step was left blank.
     */
    public Optional<String> suggestedGoalTitle(String practiceId, List<PracticeAnswer> answers) {
        Optional<PracticeGoal> goal = library.apply(practiceId).flatMap(Practice::goal);
        return goal.flatMap(plan -> answers.stream()
                .filter(answer -> plan.titleFrom().equals(answer.promptId()))
                .map(answer -> answer.answer().strip().lines().findFirst().orElse("").strip())
                .filter(line -> !line.isEmpty())
                .findFirst());
    }

    /**
     * Turns a practice's plan into a small step starting today, in the practice's category and size. A blank title
     * fails the future with {@link InvalidEntryException}; a practice that makes no plan with
     * {@link IllegalArgumentException}.
     */
    public CompletableFuture<Saved<Goal>> makeGoal(String practiceId, String title) {
        PracticeGoal plan;
        try {
            Practice practice = practice(practiceId);
            plan = practice.goal().orElseThrow(() ->
                    new IllegalArgumentException("the practice " + practiceId + " makes no plan to become a step"));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        String words = title == null ? "" : title.strip();
        if (words.isEmpty()) {
            return CompletableFuture.failedFuture(
                    new InvalidEntryException(List.of(FieldProblem.of("title", "problem.goal.titleNeeded"))));
        }
        return goals.add(GoalPlan.of(words, plan.goalCategory(), plan.size()));
    }

    /** The practice Today offers after the latest check-in, or the ladder; empty when nothing in it calls for one. */
    public Optional<PracticeSuggestion> suggestFor(Optional<CheckInContent> latestCheckIn) {
        return suggester.suggestFor(latestCheckIn);
    }

    /** What the screening notices in a response: the person's own words, not the prompts. */
    public SafetyCheck screen(PracticeResponse response) {
        return screener.screen(response.answerText());
    }

    private Practice practice(String practiceId) {
        Objects.requireNonNull(practiceId, "practiceId");
        return library.apply(practiceId)
                .orElseThrow(() -> new IllegalArgumentException("there is no practice \"" + practiceId + "\""));
    }

    private PracticeResponse response(Long draftId, String practiceId, List<PracticeAnswer> answers, Instant finishedAt) {
        return new PracticeResponse(draftId == null ? 0 : draftId, practiceId, today(),
                LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES), null, finishedAt, answers);
    }

    private static boolean allBlank(List<PracticeAnswer> answers) {
        return answers.stream().allMatch(answer -> answer.answer().isBlank());
    }

    private static void requireStorable(List<PracticeAnswer> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        storableProblems(answers, problems);
        if (!problems.isEmpty()) {
            throw new InvalidEntryException(problems);
        }
    }

    /** Each answer is checked under the field {@code answer.<prompt id>} (or {@code answer.<position>} without one). */
    private static void storableProblems(List<PracticeAnswer> answers, List<FieldProblem> problems) {
        for (int i = 0; i < answers.size(); i++) {
            PracticeAnswer answer = answers.get(i);
            String field = "answer." + (answer.promptId() == null ? String.valueOf(i) : answer.promptId());
            TextRules.checkText(field, answer.answer(), problems);
            TextRules.checkStorable(field, answer.prompt(), problems);
        }
    }

    /** The entry is already committed here, so a screening fault must not look like a failed save: it flags instead. */
    private Saved<PracticeResponse> screened(PracticeResponse response) {
        SafetyCheck safety;
        try {
            safety = screen(response);
        } catch (RuntimeException e) {
            System.getLogger("groundwork").log(System.Logger.Level.WARNING, "screening did not run; showing support", e);
            safety = new SafetyCheck(List.of(), true);
        }
        return new Saved<>(response, safety);
    }
}
