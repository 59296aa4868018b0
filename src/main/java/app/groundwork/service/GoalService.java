package app.groundwork.service;

import app.groundwork.domain.DaySummary;
import app.groundwork.domain.DueGoal;
import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalMark;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.GoalRules;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.LadderOffer;
import app.groundwork.domain.LadderRule;
import app.groundwork.domain.OwnWin;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Saved;
import app.groundwork.domain.Win;
import app.groundwork.insight.CrisisScreener;
import app.groundwork.insight.GoalInsights;
import app.groundwork.store.GoalRepository;
import app.groundwork.store.JournalRepository;
import app.groundwork.store.PreferenceRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Small steps from the day they are set to the wins they become. Days are the person's local calendar days (the
 * clock's zone at the moment of asking), and an outcome belongs to the day it was marked for, so travelling or a
 * changed time zone never moves a step to another day. Everything written is checked first: a refused goal, outcome
 * or win fails the future with {@link InvalidEntryException} and the journal is unchanged. The person's words are
 * screened for signs of crisis after each write commits, so screening never delays or undoes a save.
 */
public final class GoalService {
    /** How long "not now" sets a ladder offer aside. */
    public static final int SET_ASIDE_DAYS = 7;
    private static final String SET_ASIDE_PREFIX = "ladder.aside.";
    /** The earliest day the wins ledger reads from: before any journal could have been kept. */
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private final GoalRepository goals;
    private final JournalRepository journal;
    private final PreferenceRepository preferences;
    private final CrisisScreener screener;
    private final Function<GoalCategory, String> categoryName;
    private final Clock clock;

    /** @param categoryName the friendly name of a category, which search also finds outcomes by */
    GoalService(GoalRepository goals, JournalRepository journal, PreferenceRepository preferences, CrisisScreener screener,
                Function<GoalCategory, String> categoryName, Clock clock) {
        this.goals = goals;
        this.journal = journal;
        this.preferences = preferences;
        this.screener = screener;
        this.categoryName = categoryName;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Sets a new step, starting today. */
    public CompletableFuture<Saved<Goal>> add(GoalPlan plan) {
        try {
            GoalRules.require(GoalRules.problems(plan));
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return goals.insert(plan, today(), Instant.now(clock)).thenApply(goal -> screened(goal, words(goal.plan())));
    }

    /** Changes what a step says; its outcomes stay with it. Empty when there is no such goal. */
    public CompletableFuture<Optional<Saved<Goal>>> change(long id, GoalPlan plan) {
        try {
            GoalRules.require(GoalRules.problems(plan));
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return goals.update(id, plan, this::labels, Instant.now(clock))
                .thenApply(found -> found.map(goal -> screened(goal, words(goal.plan()))));
    }

    public CompletableFuture<Optional<Goal>> find(long id) {
        return goals.find(id);
    }

    /** Steps still on the list, in the order they were set. */
    public CompletableFuture<List<Goal>> open() {
        return goals.open();
    }

    /** Steps that left the list in the last {@code days} days (done once, or let go), the most recent first. */
    public CompletableFuture<List<Goal>> endedLately(int days) {
        return goals.endedSince(today().minusDays(days));
    }

    /**
     * The list for {@code date}: every step due that day, with its outcome when one is marked, and steps already
     * marked that day even when the mark took them off the list. Recurring steps come first, then one-off steps,
     * each in the order they were set.
     */
    public CompletableFuture<List<DueGoal>> dueOn(LocalDate date) {
        return goals.open().thenCombine(goals.marksBetween(date, date), (open, marks) -> {
            Map<Long, GoalMark> markOf = new HashMap<>();
            marks.forEach(mark -> markOf.put(mark.goal().id(), mark));
            List<DueGoal> due = new ArrayList<>();
            for (Goal goal : open) {
                if (goal.dueOn(date) || markOf.containsKey(goal.id())) {
                    due.add(new DueGoal(goal, markOf.remove(goal.id())));
                }
            }
            markOf.values().forEach(mark -> due.add(new DueGoal(mark.goal(), mark)));
            due.sort(Comparator.comparing((DueGoal item) -> !item.goal().plan().recurrence().recurring())
                    .thenComparing(item -> item.goal().createdOn())
                    .thenComparingLong(item -> item.goal().id()));
            return due;
        });
    }

    /** Steps on today's list. */
    public CompletableFuture<List<DueGoal>> dueToday() {
        return dueOn(today());
    }

    /**
     * Records what became of a step on {@code date} (today or an earlier day), replacing an outcome already marked
     * for that day. A one-off step done, or any step let go, leaves the list that day. Empty when there is no such
     * goal.
     */
    public CompletableFuture<Optional<Saved<GoalMark>>> mark(long goalId, LocalDate date, GoalOutcome outcome, String note) {
        return record(goalId, date, outcome, note, null);
    }

    /** Marks a step for today. */
    public CompletableFuture<Optional<Saved<GoalMark>>> mark(long goalId, GoalOutcome outcome) {
        return record(goalId, today(), outcome, "", null);
    }

    /**
     * Closes an experiment today with what actually happened: it is done ({@code partly} when only part of it was),
     * and its result is kept beside the prediction.
     */
    public CompletableFuture<Optional<Saved<GoalMark>>> closeExperiment(long goalId, ExperimentResult result, boolean partly,
                                                                       String note) {
        if (result == null) {
            return CompletableFuture.failedFuture(new InvalidEntryException(List.of(FieldProblem.of("actual", "problem.experiment.actualNeeded"))));
        }
        return record(goalId, today(), partly ? GoalOutcome.PARTLY : GoalOutcome.DONE, note, result);
    }

    /** Lets a step go from today on: it leaves the list, and the day is recorded as let go, never as missed. */
    public CompletableFuture<Optional<Saved<GoalMark>>> letGo(long goalId) {
        return record(goalId, today(), GoalOutcome.LET_GO, "", null);
    }

    /** Takes back the outcome marked for a step on {@code date}. False when nothing was marked. */
    public CompletableFuture<Boolean> unmark(long goalId, LocalDate date) {
        return goals.unmark(goalId, date, Instant.now(clock));
    }

    /** Removes a step set by mistake; one with any outcome is kept (it can be let go instead). */
    public CompletableFuture<Boolean> remove(long goalId) {
        return goals.deleteUnmarked(goalId);
    }

    /** Every outcome of one step, oldest first. */
    public CompletableFuture<List<GoalMark>> history(long goalId) {
        return goals.marksOf(goalId);
    }

    /** Wins between two days inclusive, newest first. */
    public CompletableFuture<List<Win>> wins(LocalDate from, LocalDate to) {
        return goals.marksBetween(from, to).thenCombine(goals.winsBetween(from, to), (marks, own) -> {
            List<Win> wins = new ArrayList<>();
            marks.forEach(mark -> Win.of(mark).ifPresent(wins::add));
            own.forEach(win -> wins.add(win.asWin()));
            wins.sort(Comparator.comparing(Win::date).thenComparing(Win::kind).thenComparingLong(Win::sourceId).reversed());
            return wins;
        });
    }

    /** Every win up to today, newest first. */
    public CompletableFuture<List<Win>> allWins() {
        return wins(BEGINNING, today());
    }

    /** The first day of today's week (Monday) and today's wins since then. */
    public CompletableFuture<Integer> winsThisWeek() {
        LocalDate today = today();
        return wins(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today).thenApply(List::size);
    }

    /** Writes in a win by hand. */
    public CompletableFuture<Saved<OwnWin>> addWin(LocalDate date, String title, String note) {
        try {
            List<FieldProblem> problems = new ArrayList<>(GoalRules.winProblems(title, note));
            if (date == null) {
                problems.add(FieldProblem.of("date", "problem.win.dateNeeded"));
            } else if (date.isAfter(today())) {
                problems.add(FieldProblem.of("date", "problem.win.future", date));
            }
            GoalRules.require(problems);
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        OwnWin win = new OwnWin(0, date, title.strip(), note == null ? "" : note.strip());
        return goals.addWin(win, Instant.now(clock)).thenApply(stored -> screened(stored, stored.title() + "\n" + stored.note()));
    }

    /** Removes a hand-written win. False when there is no such win. */
    public CompletableFuture<Boolean> deleteWin(long id) {
        return goals.deleteWin(id);
    }

    /**
     * What the ladder offers today: the next size up after a run of done steps, or a smaller step after a hard week,
     * each with its reason. Offers the person set aside stay away for {@value #SET_ASIDE_DAYS} days.
     */
    public CompletableFuture<List<LadderOffer>> ladderOffers() {
        LocalDate today = today();
        CompletableFuture<List<GoalMark>> marks = goals.marksBetween(today.minusDays(LadderRule.WINDOW_DAYS - 1L), today);
        CompletableFuture<List<DaySummary>> days = journal.days(today.minusDays(LadderRule.WEEK_DAYS - 1L), today);
        CompletableFuture<Map<String, String>> aside = preferences.all();
        return marks.thenCombine(days, (recent, week) -> LadderRule.offers(recent, week, today))
                .thenCombine(aside, (offers, values) -> offers.stream()
                        .filter(offer -> !setAside(values.get(SET_ASIDE_PREFIX + offer.key()), today))
                        .toList());
    }

    /** "Not now": the offer stays away for {@value #SET_ASIDE_DAYS} days. */
    public CompletableFuture<Void> setAside(LadderOffer offer) {
        return preferences.put(SET_ASIDE_PREFIX + offer.key(), today().plusDays(SET_ASIDE_DAYS).toString());
    }

    private static boolean setAside(String until, LocalDate today) {
        try {
            return until != null && !LocalDate.parse(until).isBefore(today);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** Every experiment carried out so far with its before and after, oldest first. */
    public CompletableFuture<List<GoalStats.ExperimentGap>> experiments() {
        return goals.experimentMarks().thenApply(marks -> marks.stream()
                .map(mark -> new GoalStats.ExperimentGap(mark.entryId(), mark.date(), mark.goal().title(),
                        mark.goal().plan().prediction().discomfort(), mark.result().discomfort()))
                .toList());
    }

    /**
     * For the days from {@code from} to {@code to} inclusive: steps done by category and size, the ladder level
     * reached per category and week, predicted and actual discomfort per experiment, and wins per week.
     */
    public CompletableFuture<GoalStats> insights(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("the range ends before it starts: " + from + " to " + to));
        }
        return goals.marksBetween(from, to).thenCombine(goals.winsBetween(from, to),
                (marks, own) -> GoalInsights.summarize(marks, own, from, to));
    }

    /**
     * Stores goals with their outcomes and hand-written wins at once, all or none (the demo journal, imports); each
     * is checked first. Outcomes name their goal by its id in {@code list}.
     */
    public CompletableFuture<Integer> saveAll(List<Goal> list, List<GoalMark> marks, List<OwnWin> wins) {
        try {
            for (Goal goal : list) {
                GoalRules.require(GoalRules.problems(goal.plan()));
            }
            for (GoalMark mark : marks) {
                GoalRules.require(GoalRules.problems(mark.outcome(), mark.note(), mark.result(), mark.goal()));
            }
            for (OwnWin win : wins) {
                GoalRules.require(GoalRules.winProblems(win.title(), win.note()));
            }
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return goals.insertAll(list, marks, wins, this::labels, Instant.now(clock));
    }

    /** What the screening notices in an outcome: the person's words about it and an experiment's after. */
    public SafetyCheck screen(GoalMark mark) {
        StringBuilder words = new StringBuilder(mark.note());
        if (mark.result() != null) {
            words.append('\n').append(mark.result().happened()).append('\n').append(mark.result().learned());
        }
        return screener.screen(words.toString());
    }

    private CompletableFuture<Optional<Saved<GoalMark>>> record(long goalId, LocalDate date, GoalOutcome outcome, String note,
                                                              ExperimentResult result) {
        if (date.isAfter(today())) {
            return CompletableFuture.failedFuture(new InvalidEntryException(
                    List.of(FieldProblem.of("date", "problem.goal.futureDay", date))));
        }
        String words = note == null ? "" : note.strip();
        return goals.find(goalId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.<GoalMark>empty());
            }
            Goal goal = found.get();
            List<FieldProblem> problems = new ArrayList<>(GoalRules.problems(outcome, words, result, goal));
            if (goal.endedOn() != null && date.isAfter(goal.endedOn())) {
                problems.add(FieldProblem.of("goal", "problem.goal.ended", goal.title(), goal.endedOn()));
            }
            if (!problems.isEmpty()) {
                return CompletableFuture.<Optional<GoalMark>>failedFuture(new InvalidEntryException(problems));
            }
            GoalMark mark = new GoalMark(0, goal, date, LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES), outcome, words, result);
            return goals.mark(mark, endedOn(goal, date, outcome), labels(mark), Instant.now(clock));
        }).thenApply(stored -> stored.map(mark -> new Saved<>(mark, safely(() -> screen(mark)))));
    }

    /** A one-off step done, or any step let go, leaves the list that day; marking that day otherwise puts it back. */
    static LocalDate endedOn(Goal goal, LocalDate date, GoalOutcome outcome) {
        boolean ends = outcome == GoalOutcome.LET_GO || (outcome == GoalOutcome.DONE && !goal.plan().recurrence().recurring());
        if (ends) {
            return date;
        }
        return date.equals(goal.endedOn()) ? null : goal.endedOn();
    }

    /** The words search finds an outcome by besides its text: the category's name and the outcome. */
    private String labels(GoalMark mark) {
        return Stream.of(categoryName.apply(mark.goal().category()), mark.outcome().id(), mark.goal().experiment() ? "experiment" : "")
                .filter(word -> !word.isEmpty())
                .reduce((first, second) -> first + " " + second)
                .orElse("");
    }

    private static String words(GoalPlan plan) {
        return plan.title() + "\n" + plan.note() + (plan.prediction() == null ? "" : "\n" + plan.prediction().fear());
    }

    private <T> Saved<T> screened(T stored, String words) {
        return new Saved<>(stored, safely(() -> screener.screen(words)));
    }

    /** The write is already committed here, so a screening fault must not look like a failed save: it flags instead. */
    private static SafetyCheck safely(java.util.function.Supplier<SafetyCheck> screening) {
        try {
            return screening.get();
        } catch (RuntimeException e) {
            System.getLogger("groundwork").log(System.Logger.Level.WARNING, "screening did not run; showing support", e);
            return new SafetyCheck(List.of(), true);
        }
    }
}
