package app.groundwork.service;

import app.groundwork.content.ReviewQuestion;
import app.groundwork.domain.DaySummary;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReflectionQuestion;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Saved;
import app.groundwork.domain.TextRules;
import app.groundwork.domain.WeeklyReview;
import app.groundwork.domain.WeeklyReview.CategoryDone;
import app.groundwork.domain.WeeklyReview.Reframed;
import app.groundwork.domain.WeeklyReview.WeekFigures;
import app.groundwork.domain.Win;
import app.groundwork.insight.CrisisScreener;
import app.groundwork.store.JournalRepository;
import app.groundwork.store.PracticeRepository;
import app.groundwork.store.PreferenceRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The weekly review: a week looked back on, and the person's answer to the week's question, kept as a journal entry
 * of type {@code practice} (practice {@value PracticeResponse#WEEKLY_REVIEW}). Weeks run Monday to Sunday in the
 * clock's zone and are named by their Monday; see docs/decisions/0011-weekly-review-answers-are-practice-entries.md.
 * An answer is checked before it is written (a refused one fails the future with {@link InvalidEntryException} and
 * the journal is unchanged) and screened for signs of crisis after the write commits.
 */
public final class ReviewService {
    /** The day the review is offered when the person has not chosen one. */
    public static final DayOfWeek DEFAULT_REVIEW_DAY = DayOfWeek.SUNDAY;
    static final String REVIEW_DAY = "review.day";
    /** The words search finds every weekly review by, besides its question and answer. */
    private static final String LABELS = PracticeResponse.WEEKLY_REVIEW.replace('-', ' ');

    private final JournalRepository journal;
    private final PracticeRepository practices;
    private final PreferenceRepository preferences;
    private final GoalService goals;
    private final ReframeService reframes;
    private final CrisisScreener screener;
    private final List<ReviewQuestion> questions;
    private final Clock clock;

    ReviewService(JournalRepository journal, PracticeRepository practices, PreferenceRepository preferences,
                  GoalService goals, ReframeService reframes, CrisisScreener screener, List<ReviewQuestion> questions,
                  Clock clock) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("the weekly review needs at least one question");
        }
        this.journal = journal;
        this.practices = practices;
        this.preferences = preferences;
        this.goals = goals;
        this.reframes = reframes;
        this.screener = screener;
        this.questions = List.copyOf(questions);
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The Monday of the current week: the latest week there is to review. */
    public LocalDate currentWeek() {
        return WeeklyReview.weekStart(today());
    }

    /** The review of the week we are in, with its days so far. */
    public CompletableFuture<WeeklyReview> thisWeek() {
        return review(today());
    }

    /**
     * The review of the week {@code anyDayInWeek} falls in. A week after the current one fails the future with
     * {@link IllegalArgumentException}: there is nothing to look back on yet.
     */
    public CompletableFuture<WeeklyReview> review(LocalDate anyDayInWeek) {
        LocalDate start = WeeklyReview.weekStart(anyDayInWeek);
        if (start.isAfter(currentWeek())) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("the week of " + start + " has not begun yet"));
        }
        LocalDate end = start.plusDays(WeeklyReview.DAYS - 1L);
        LocalDate lastStart = start.minusWeeks(1);
        LocalDate lastEnd = start.minusDays(1);
        CompletableFuture<List<DaySummary>> days = journal.days(start, end);
        CompletableFuture<List<DayValue>> trust = journal.selfTrustByDay(start, end);
        CompletableFuture<List<DaySummary>> lastDays = journal.days(lastStart, lastEnd);
        CompletableFuture<List<DayValue>> lastTrust = journal.selfTrustByDay(lastStart, lastEnd);
        CompletableFuture<List<Win>> wins = goals.wins(start, end);
        CompletableFuture<List<Reframe>> finished = reframes.finishedBetween(start, end);
        CompletableFuture<GoalStats> stats = goals.insights(start, end);
        CompletableFuture<Optional<PracticeResponse>> answer = practices.forWeek(PracticeResponse.WEEKLY_REVIEW, start);
        return CompletableFuture.allOf(days, trust, lastDays, lastTrust, wins, finished, stats, answer).thenApply(all -> {
            PracticeResponse saved = answer.join().orElse(null);
            return new WeeklyReview(start, WeekFigures.of(days.join(), trust.join()),
                    WeekFigures.of(lastDays.join(), lastTrust.join()), wins.join(), reframed(finished.join()),
                    doneByCategory(stats.join()), question(start, saved), saved);
        });
    }

    /** The question of the week starting {@code weekStart}: the same all week, a different one each week in turn. */
    public ReflectionQuestion questionFor(LocalDate weekStart) {
        long week = Math.floorDiv(WeeklyReview.weekStart(weekStart).toEpochDay(), WeeklyReview.DAYS);
        return questions.get((int) Math.floorMod(week, (long) questions.size())).asReflection();
    }

    /**
     * Keeps the person's answer to a week's question as a journal entry written now; saving again for the same week
     * replaces the answer (the entry keeps its id and moves to now). {@code weekStart} may be any day of the week.
     */
    public CompletableFuture<Saved<PracticeResponse>> saveAnswer(LocalDate weekStart, ReflectionQuestion question,
                                                                String answer) {
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(question, "question");
        LocalDate week = WeeklyReview.weekStart(weekStart);
        String words = answer == null ? "" : answer.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (week.isAfter(currentWeek())) {
            problems.add(FieldProblem.of("week", "problem.review.futureWeek"));
        }
        if (question.text().isBlank()) {
            problems.add(FieldProblem.of("question", "problem.review.questionNeeded"));
        } else {
            TextRules.checkText("question", question.text(), problems);
        }
        if (words.isEmpty()) {
            problems.add(FieldProblem.of("answer", "problem.review.answerNeeded"));
        } else {
            TextRules.checkText("answer", words, problems);
        }
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(new InvalidEntryException(problems));
        }
        Instant now = Instant.now(clock);
        PracticeResponse response = new PracticeResponse(0, PracticeResponse.WEEKLY_REVIEW, today(),
                LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES), week, now,
                List.of(new PracticeAnswer(question.id(), question.text(), words)));
        return practices.saveForWeek(response, LABELS, now).thenApply(this::screened);
    }

    /** The day the review is offered; {@link #DEFAULT_REVIEW_DAY} until the person chooses another. */
    public CompletableFuture<DayOfWeek> reviewDay() {
        return preferences.all().thenApply(values -> readDay(values.get(REVIEW_DAY)));
    }

    public CompletableFuture<Void> setReviewDay(DayOfWeek day) {
        return preferences.put(REVIEW_DAY, Objects.requireNonNull(day, "day").name());
    }

    /** Whether {@code date} falls on the person's review day. */
    public CompletableFuture<Boolean> isReviewDay(LocalDate date) {
        return reviewDay().thenApply(day -> date.getDayOfWeek() == day);
    }

    /** What the screening notices in an answer: the person's own words, not the question. */
    public SafetyCheck screen(PracticeResponse response) {
        return screener.screen(response.answerText());
    }

    /** A stored value that cannot be read counts as unset. */
    static DayOfWeek readDay(String stored) {
        if (stored == null) {
            return DEFAULT_REVIEW_DAY;
        }
        try {
            return DayOfWeek.valueOf(stored.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return DEFAULT_REVIEW_DAY;
        }
    }

    /** The saved answer keeps the question it answers, even if the week's question has changed since. */
    private ReflectionQuestion question(LocalDate week, PracticeResponse saved) {
        if (saved != null && !saved.answers().isEmpty()) {
            PracticeAnswer first = saved.answers().get(0);
            return new ReflectionQuestion(first.promptId(), first.prompt());
        }
        return questionFor(week);
    }

    private static List<Reframed> reframed(List<Reframe> records) {
        return records.stream()
                .map(record -> new Reframed(record.id(), record.date(), record.content().thought(),
                        record.content().alternative(), record.content().beliefBefore(), record.content().beliefAfter()))
                .toList();
    }

    private static List<CategoryDone> doneByCategory(GoalStats stats) {
        Map<GoalCategory, Integer> counts = new EnumMap<>(GoalCategory.class);
        stats.done().forEach(count -> counts.merge(count.category(), count.count(), Integer::sum));
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new CategoryDone(entry.getKey(), entry.getValue()))
                .toList();
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
