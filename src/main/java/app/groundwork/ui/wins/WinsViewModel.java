package app.groundwork.ui.wins;

import app.groundwork.Messages;
import app.groundwork.content.GoalIdeas;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.GoalRules;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Win;
import app.groundwork.service.GoalService;
import app.groundwork.ui.common.Failures;
import app.groundwork.ui.goals.GoalWords;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Wins screen: every win so far, newest first and grouped by month, how many there are this week, this month and
 * in all, how experiments compared with what was feared, and a form to write in a win by hand. No controls here, so
 * it is tested without a display.
 */
public final class WinsViewModel {
    /** One win as the ledger shows it: the win itself and its words, ready to put on screen. */
    public record Row(Win win, String kind, String title, String date, String meta, String note) {
        /** Only the person's own wins are removed here; a step's win goes with its outcome. */
        public boolean removable() {
            return win.kind() == Win.Kind.OWN;
        }
    }

    /** The wins of one month, newest first, under a label such as "March 2026". */
    public record MonthGroup(YearMonth month, String label, List<Row> rows) {
        public MonthGroup {
            rows = List.copyOf(rows);
        }
    }

    private final GoalService goals;
    private final WinWords words;
    private final Executor ui;
    private Consumer<SafetyCheck> afterSave = safety -> { };

    private final ObservableList<Row> wins = FXCollections.observableArrayList();
    private final ObservableList<MonthGroup> months = FXCollections.observableArrayList();
    // one read-only view of each list, kept: a view made per call listens to its list only weakly
    private final ObservableList<Row> winsView = FXCollections.unmodifiableObservableList(wins);
    private final ObservableList<MonthGroup> monthsView = FXCollections.unmodifiableObservableList(months);
    private final ReadOnlyIntegerWrapper allTime = new ReadOnlyIntegerWrapper(this, "allTime");
    private final ReadOnlyIntegerWrapper thisWeek = new ReadOnlyIntegerWrapper(this, "thisWeek");
    private final ReadOnlyIntegerWrapper thisMonth = new ReadOnlyIntegerWrapper(this, "thisMonth");
    private final ReadOnlyObjectWrapper<Win> lastRemoved = new ReadOnlyObjectWrapper<>(this, "lastRemoved");
    private final ReadOnlyStringWrapper reliefLine = new ReadOnlyStringWrapper(this, "reliefLine", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper listProblem = new ReadOnlyStringWrapper(this, "listProblem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public WinsViewModel(GoalService goals, GoalIdeas ideas, Executor ui) {
        this.goals = goals;
        this.words = new WinWords(ideas);
        this.ui = ui;
        date.set(goals.today());
    }

    /**
     * Run after a win is stored with what the screening noticed in its words, so support can be offered when it is
     * flagged; also run (with nothing noticed) after a win is removed, so other screens can refresh their counts.
     */
    public void setAfterSave(Consumer<SafetyCheck> action) {
        this.afterSave = Objects.requireNonNull(action);
    }

    // ---- state ------------------------------------------------------------------------------------------------

    /** Every win up to today, newest first. */
    public ObservableList<Row> wins() {
        return winsView;
    }

    /** The same wins grouped by month, the newest month first. */
    public ObservableList<MonthGroup> months() {
        return monthsView;
    }

    public ReadOnlyIntegerProperty allTimeProperty() {
        return allTime.getReadOnlyProperty();
    }

    /** Wins since Monday. */
    public ReadOnlyIntegerProperty thisWeekProperty() {
        return thisWeek.getReadOnlyProperty();
    }

    /** Wins since the first of this month. */
    public ReadOnlyIntegerProperty thisMonthProperty() {
        return thisMonth.getReadOnlyProperty();
    }

    /** How experiments compared with what was feared, in a sentence; empty before the first one. */
    public ReadOnlyStringProperty reliefLineProperty() {
        return reliefLine.getReadOnlyProperty();
    }

    /** True once the ledger has been read at least once, so the empty state is never shown before it is true. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The hand-written win's title. */
    public StringProperty titleProperty() {
        return title;
    }

    /** The day of the hand-written win; today unless changed. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Why the win in the form was not stored, field by field; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why the ledger could not be read, or a win not removed; empty when all is well. */
    public ReadOnlyStringProperty listProblemProperty() {
        return listProblem.getReadOnlyProperty();
    }

    /** What just happened ("“Opened the letter” is with your wins."), for a calm line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Today in the journal's clock, the latest day a win can be written in for. */
    public LocalDate today() {
        return goals.today();
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    /** Reads the ledger, the week's count and the experiments. */
    public CompletableFuture<Void> refresh() {
        CompletableFuture<List<Win>> all = goals.allWins();
        CompletableFuture<Integer> week = goals.winsThisWeek();
        CompletableFuture<List<GoalStats.ExperimentGap>> experiments = goals.experiments();
        return CompletableFuture.allOf(all, week, experiments).handleAsync((done, failure) -> {
            if (failure != null) {
                listProblem.set(Failures.describe(failure, "wins.action.load"));
                return null;
            }
            listProblem.set("");
            show(all.join(), week.join(), experiments.join());
            return null;
        }, ui);
    }

    /** Stores the win in the form, then clears the form (the day goes back to today) and reads the ledger again. */
    public CompletableFuture<Void> addWin() {
        LocalDate day = date.get();
        String what = title.get() == null ? "" : title.get();
        String more = note.get() == null ? "" : note.get();
        List<FieldProblem> problems = new ArrayList<>(GoalRules.winProblems(what, more));
        if (day == null) {
            problems.add(FieldProblem.of("date", "problem.win.dateNeeded"));
        } else if (day.isAfter(goals.today())) {
            problems.add(FieldProblem.of("date", "problem.win.future", WinWords.day(day, goals.today())));
        }
        if (!problems.isEmpty()) {
            problem.set(describe(problems));
            return CompletableFuture.completedFuture(null);
        }
        problem.set("");
        busy.set(true);
        return goals.addWin(day, what, more).handleAsync((stored, failure) -> {
            busy.set(false);
            if (failure != null) {
                problem.set(describe(failure, "wins.action.add"));
                return null;
            }
            status.set(Messages.get("wins.added", stored.entry().title()));
            title.set("");
            note.set("");
            date.set(goals.today());
            refresh();
            afterSave.accept(stored.safety());
            return null;
        }, ui);
    }

    /** Removes a hand-written win; a step's win stays, since it belongs to the step's outcome. */
    public CompletableFuture<Void> delete(Row row) {
        if (!row.removable()) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        return goals.deleteWin(row.win().sourceId()).handleAsync((removed, failure) -> {
            busy.set(false);
            if (failure != null) {
                listProblem.set(Failures.describe(failure, "wins.action.remove"));
                return null;
            }
            listProblem.set("");
            status.set(Messages.get(removed ? "wins.removed" : "wins.removedAlready", row.title()));
            lastRemoved.set(removed ? row.win() : null);
            refresh();
            afterSave.accept(SafetyCheck.CLEAR);
            return null;
        }, ui);
    }

    /** The hand-written win just removed, which {@link #undoRemove()} can put back; {@code null} when there is none. */
    public ReadOnlyObjectProperty<Win> lastRemovedProperty() {
        return lastRemoved.getReadOnlyProperty();
    }

    /** Puts the win just removed back, as it was written. */
    public CompletableFuture<Void> undoRemove() {
        Win removed = lastRemoved.get();
        if (removed == null) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        return goals.addWin(removed.date(), removed.title(), removed.note()).handleAsync((saved, failure) -> {
            busy.set(false);
            if (failure != null) {
                listProblem.set(Failures.describe(failure, "wins.action.remove"));
                return null;
            }
            lastRemoved.set(null);
            status.set(Messages.get("wins.restored", removed.title()));
            refresh();
            afterSave.accept(SafetyCheck.CLEAR);
            return null;
        }, ui);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void show(List<Win> all, int week, List<GoalStats.ExperimentGap> experiments) {
        LocalDate today = goals.today();
        Map<Long, GoalStats.ExperimentGap> gapOf = new HashMap<>();
        experiments.forEach(gap -> gapOf.put(gap.entryId(), gap));
        List<Row> rows = new ArrayList<>(all.size());
        Map<YearMonth, List<Row>> byMonth = new LinkedHashMap<>();
        for (Win win : all) {
            GoalStats.ExperimentGap gap = win.kind() == Win.Kind.EXPERIMENT ? gapOf.get(win.sourceId()) : null;
            Row row = new Row(win, WinWords.kind(win.kind()), win.title(), WinWords.day(win.date(), today),
                    words.meta(win, gap), win.note().strip());
            rows.add(row);
            byMonth.computeIfAbsent(YearMonth.from(win.date()), month -> new ArrayList<>()).add(row);
        }
        List<MonthGroup> groups = new ArrayList<>(byMonth.size());
        byMonth.forEach((month, monthRows) -> groups.add(new MonthGroup(month, WinWords.month(month), monthRows)));

        replace(wins, rows);
        replace(months, groups);
        YearMonth current = YearMonth.from(today);
        thisMonth.set((int) all.stream().filter(win -> YearMonth.from(win.date()).equals(current)).count());
        thisWeek.set(week);
        allTime.set(all.size());
        reliefLine.set(GoalWords.relief(experiments));
        loaded.set(true);
    }

    private static String describe(Throwable failure, String whatWasTried) {
        Throwable cause = Failures.unwrap(failure);
        if (cause instanceof InvalidEntryException invalid) {
            return describe(invalid.problems());
        }
        return Failures.describe(failure, whatWasTried);
    }

    /**
     * The rules for a win's title are the rules for a step's, but the words are the win's own: "The win: give it a
     * few words…" rather than a step's.
     */
    static String describe(List<FieldProblem> problems) {
        return Messages.describe(problems.stream().map(WinsViewModel::asWinProblem).toList());
    }

    private static FieldProblem asWinProblem(FieldProblem problem) {
        if (!"title".equals(problem.field())) {
            return problem;
        }
        String key = switch (problem.key()) {
            case "problem.goal.titleNeeded" -> "wins.problem.titleNeeded";
            case "problem.goal.titleTooLong" -> "wins.problem.titleTooLong";
            case "problem.goal.titleOneLine" -> "wins.problem.titleOneLine";
            default -> problem.key();
        };
        return new FieldProblem("win", key, problem.args());
    }

    private static <T> void replace(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }
}
