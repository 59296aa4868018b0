package app.groundwork.ui.review;

import app.groundwork.Messages;
import app.groundwork.content.GoalIdeas;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.ReflectionQuestion;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.WeeklyReview;
import app.groundwork.domain.WeeklyReview.Reframed;
import app.groundwork.service.ReviewService;
import app.groundwork.ui.common.Failures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
 * The weekly review page: one week at a time (the current one first, earlier ones a click away, never a week still
 * to come), its figures beside last week's in calm words, its wins, reframes and steps, the week's question and the
 * answer. What is typed but not saved is kept per week while the app runs, so moving between weeks or screens never
 * loses it silently. No controls here, so it is tested without a display.
 */
public final class ReviewViewModel {
    /** One win of the week: its title and "Step done · Tuesday". */
    public record WinRow(String title, String meta) {
    }

    /** One thought record of the week: the thought, what changed in it (may be empty) and the kinder answer (may be empty). */
    public record ReframeRow(long id, String thought, String change, String answer) {
    }

    /** Steps done in one part of life: "Body &amp; movement: 3 steps". */
    public record CategoryRow(String category, int count, String text) {
    }

    private final ReviewService reviews;
    private final GoalIdeas ideas;
    private final Executor ui;
    private Consumer<SafetyCheck> afterSave = safety -> { };

    /** What was typed and not saved, per week (by its Monday). */
    private final Map<LocalDate, String> drafts = new HashMap<>();
    /** Set while the model itself puts text in the answer, so that text is not taken for typing. */
    private boolean applying;
    /** The week asked for last; an older answer arriving late is ignored. */
    private LocalDate requested;

    private final ReadOnlyObjectWrapper<WeeklyReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyObjectWrapper<LocalDate> weekStart = new ReadOnlyObjectWrapper<>(this, "weekStart");
    private final ReadOnlyStringWrapper weekTitle = new ReadOnlyStringWrapper(this, "weekTitle", "");
    private final ReadOnlyStringWrapper weekRange = new ReadOnlyStringWrapper(this, "weekRange", "");
    private final ReadOnlyBooleanWrapper canGoLater = new ReadOnlyBooleanWrapper(this, "canGoLater");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyBooleanWrapper hasCheckIns = new ReadOnlyBooleanWrapper(this, "hasCheckIns");
    private final ReadOnlyStringWrapper moodLine = new ReadOnlyStringWrapper(this, "moodLine", "");
    private final ReadOnlyStringWrapper moodCompare = new ReadOnlyStringWrapper(this, "moodCompare", "");
    private final ReadOnlyStringWrapper selfTrustLine = new ReadOnlyStringWrapper(this, "selfTrustLine", "");
    private final ReadOnlyStringWrapper selfTrustCompare = new ReadOnlyStringWrapper(this, "selfTrustCompare", "");
    private final ObservableList<WinRow> wins = FXCollections.observableArrayList();
    private final ObservableList<ReframeRow> reframes = FXCollections.observableArrayList();
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    // one read-only view of each list, kept: a view made per call listens to its list only weakly
    private final ObservableList<WinRow> winsView = FXCollections.unmodifiableObservableList(wins);
    private final ObservableList<ReframeRow> reframesView = FXCollections.unmodifiableObservableList(reframes);
    private final ObservableList<CategoryRow> categoriesView = FXCollections.unmodifiableObservableList(categories);
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper(this, "question", "");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ReadOnlyStringWrapper savedAnswer = new ReadOnlyStringWrapper(this, "savedAnswer", "");
    private final ReadOnlyStringWrapper savedOn = new ReadOnlyStringWrapper(this, "savedOn", "");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ObjectProperty<DayOfWeek> reviewDay = new SimpleObjectProperty<>(this, "reviewDay", ReviewService.DEFAULT_REVIEW_DAY);
    private final ReadOnlyBooleanWrapper todayIsReviewDay = new ReadOnlyBooleanWrapper(this, "todayIsReviewDay");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ReviewViewModel(ReviewService reviews, GoalIdeas ideas, Executor ui) {
        this.reviews = reviews;
        this.ideas = ideas;
        this.ui = ui;
        this.requested = reviews.currentWeek();
        answer.addListener((obs, old, text) -> typed(text));
        reviewDay.addListener((obs, old, day) -> chooseReviewDay(old, day));
    }

    /**
     * Run after an answer is stored, with what the screening noticed in it, so support can be offered when it is
     * flagged and other screens can refresh.
     */
    public void setAfterSave(Consumer<SafetyCheck> action) {
        this.afterSave = Objects.requireNonNull(action);
    }

    // ---- state ------------------------------------------------------------------------------------------------

    /** The week on show as the service gave it; {@code null} before the first read. */
    public ReadOnlyObjectProperty<WeeklyReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** The Monday of the week on show; {@code null} before the first read. */
    public ReadOnlyObjectProperty<LocalDate> weekStartProperty() {
        return weekStart.getReadOnlyProperty();
    }

    /** "This week", "Last week", "The week of 2 March". */
    public ReadOnlyStringProperty weekTitleProperty() {
        return weekTitle.getReadOnlyProperty();
    }

    /** "9 – 15 March 2026". */
    public ReadOnlyStringProperty weekRangeProperty() {
        return weekRange.getReadOnlyProperty();
    }

    /** False on the current week: there is no later week to look back on. */
    public ReadOnlyBooleanProperty canGoLaterProperty() {
        return canGoLater.getReadOnlyProperty();
    }

    /** True once a week has been read, so the empty state never shows before it is true. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether the week on show holds nothing at all. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The kind words for an empty week, different for the week still going and a week gone by. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Whether this week or last has a check-in, so the comparison has something to say. */
    public ReadOnlyBooleanProperty hasCheckInsProperty() {
        return hasCheckIns.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty moodLineProperty() {
        return moodLine.getReadOnlyProperty();
    }

    /** How the week's mood compares with last week's; empty when this week has none. */
    public ReadOnlyStringProperty moodCompareProperty() {
        return moodCompare.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selfTrustLineProperty() {
        return selfTrustLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selfTrustCompareProperty() {
        return selfTrustCompare.getReadOnlyProperty();
    }

    /** The week's wins, newest first. */
    public ObservableList<WinRow> wins() {
        return winsView;
    }

    /** The week's finished thought records, oldest first. */
    public ObservableList<ReframeRow> reframes() {
        return reframesView;
    }

    /** Steps done in the week per part of life, in the usual order of the categories. */
    public ObservableList<CategoryRow> categories() {
        return categoriesView;
    }

    /** The question of the week on show (or the one its saved answer answers). */
    public ReadOnlyStringProperty questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The answer being written: the saved one, or what was typed for this week and not saved yet. */
    public StringProperty answerProperty() {
        return answer;
    }

    /** The answer as kept in the journal for the week on show; empty when there is none. */
    public ReadOnlyStringProperty savedAnswerProperty() {
        return savedAnswer.getReadOnlyProperty();
    }

    /** "Kept in your journal on Saturday 14 March."; empty before the first save of the week. */
    public ReadOnlyStringProperty savedOnProperty() {
        return savedOn.getReadOnlyProperty();
    }

    /** Whether the answer differs from the one kept in the journal. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** The day the person likes to look back on the week; changing it keeps the new day in the journal. */
    public ObjectProperty<DayOfWeek> reviewDayProperty() {
        return reviewDay;
    }

    public ReadOnlyBooleanProperty todayIsReviewDayProperty() {
        return todayIsReviewDay.getReadOnlyProperty();
    }

    /** Why the answer was not kept; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why the week, or the review day, could not be read or kept; empty when all is well. */
    public ReadOnlyStringProperty loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    /** What just happened, for a calm line ("Your answer is kept in your journal."). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The weekdays in the order the choice shows them, Monday first. */
    public static List<DayOfWeek> weekdays() {
        return List.of(DayOfWeek.values());
    }

    /** "Sunday". */
    public static String weekdayName(DayOfWeek day) {
        return ReviewWords.weekday(day);
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    /** Reads the week on show again (the current week the first time) and the review day. */
    public CompletableFuture<Void> refresh() {
        CompletableFuture<Void> week = load(requested);
        CompletableFuture<Void> day = reviews.reviewDay().handleAsync((chosen, failure) -> {
            if (failure != null) {
                loadProblem.set(Failures.describe(failure, "review.action.load"));
                return null;
            }
            applying = true;
            try {
                reviewDay.set(chosen);
            } finally {
                applying = false;
            }
            todayIsReviewDay.set(reviews.today().getDayOfWeek() == chosen);
            return null;
        }, ui);
        return CompletableFuture.allOf(week, day);
    }

    /** Shows the week {@code anyDay} falls in; a week still to come shows the current week instead. */
    public CompletableFuture<Void> showWeek(LocalDate anyDay) {
        LocalDate start = WeeklyReview.weekStart(anyDay);
        return load(start.isAfter(reviews.currentWeek()) ? reviews.currentWeek() : start);
    }

    public CompletableFuture<Void> earlierWeek() {
        return showWeek(requested.minusWeeks(1));
    }

    /** The week after the one on show, unless that one is the current week. */
    public CompletableFuture<Void> laterWeek() {
        if (!requested.isBefore(reviews.currentWeek())) {
            return CompletableFuture.completedFuture(null);
        }
        return showWeek(requested.plusWeeks(1));
    }

    /** Keeps the answer for the week on show in the journal, replacing one saved before. */
    public CompletableFuture<Void> save() {
        WeeklyReview shown = review.get();
        if (shown == null) {
            return CompletableFuture.completedFuture(null);
        }
        LocalDate week = shown.weekStart();
        ReflectionQuestion asked = shown.question();
        String text = answer.get() == null ? "" : answer.get();
        if (text.isBlank()) {
            problem.set(Messages.describe(List.of(FieldProblem.of("answer", "problem.review.answerNeeded"))));
            return CompletableFuture.completedFuture(null);
        }
        problem.set("");
        busy.set(true);
        return reviews.saveAnswer(week, asked, text).handleAsync((saved, failure) -> {
            busy.set(false);
            if (failure != null) {
                problem.set(Failures.describe(failure, "review.action.save"));
                return null;
            }
            PracticeResponse stored = saved.entry();
            if (text.equals(drafts.get(week))) {
                drafts.remove(week);
            }
            if (week.equals(weekStart.get())) {
                savedAnswer.set(stored.answerText());
                savedOn.set(Messages.get("review.answer.savedOn", ReviewWords.day(stored.date())));
                unsaved.set(drafts.containsKey(week));
            }
            status.set(Messages.get("review.saved"));
            afterSave.accept(saved.safety());
            return null;
        }, ui);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private CompletableFuture<Void> load(LocalDate week) {
        requested = week;
        return reviews.review(week).handleAsync((found, failure) -> {
            if (!week.equals(requested)) {
                return null;
            }
            if (failure != null) {
                loadProblem.set(Failures.describe(failure, "review.action.load"));
                return null;
            }
            loadProblem.set("");
            show(found);
            return null;
        }, ui);
    }

    private void show(WeeklyReview week) {
        LocalDate current = reviews.currentWeek();
        LocalDate start = week.weekStart();
        boolean otherWeek = !start.equals(weekStart.get());
        review.set(week);
        weekStart.set(start);
        weekTitle.set(ReviewWords.weekTitle(start, current));
        weekRange.set(ReviewWords.weekRange(start));
        canGoLater.set(start.isBefore(current));
        empty.set(week.empty());
        emptyText.set(Messages.get(start.equals(current) ? "review.empty.current" : "review.empty.past"));
        hasCheckIns.set(week.thisWeek().checkInDays() > 0 || week.lastWeek().checkInDays() > 0);
        moodLine.set(ReviewWords.mood(week.thisWeek(), week.lastWeek()));
        moodCompare.set(ReviewWords.compare(week.thisWeek().meanMood(), week.lastWeek().meanMood()));
        selfTrustLine.set(ReviewWords.selfTrust(week.thisWeek(), week.lastWeek()));
        selfTrustCompare.set(ReviewWords.compare(week.thisWeek().meanSelfTrust(), week.lastWeek().meanSelfTrust()));
        replace(wins, week.wins().stream().map(win -> new WinRow(win.title(), ReviewWords.winMeta(win))).toList());
        replace(reframes, week.reframes().stream().map(ReviewViewModel::row).toList());
        replace(categories, week.done().stream()
                .map(done -> {
                    String name = ideas.categoryName(done.category());
                    return new CategoryRow(name, done.count(), Messages.get("review.goals.row", name, done.count()));
                })
                .toList());
        question.set(week.question().text());
        String saved = week.answerText();
        savedAnswer.set(saved);
        savedOn.set(week.answer() == null ? "" : Messages.get("review.answer.savedOn", ReviewWords.day(week.answer().date())));
        if (otherWeek) {
            problem.set("");
            status.set("");
        }
        show(drafts.getOrDefault(start, saved));
        unsaved.set(drafts.containsKey(start));
        loaded.set(true);
    }

    /** Puts text in the answer without taking it for typing. */
    private void show(String text) {
        applying = true;
        try {
            answer.set(text);
        } finally {
            applying = false;
        }
    }

    private void typed(String text) {
        LocalDate week = weekStart.get();
        if (applying || week == null) {
            return;
        }
        String now = text == null ? "" : text;
        if (now.strip().equals(savedAnswer.get())) {
            drafts.remove(week);
        } else {
            drafts.put(week, now);
        }
        unsaved.set(drafts.containsKey(week));
    }

    private void chooseReviewDay(DayOfWeek old, DayOfWeek day) {
        if (applying || day == null || day == old) {
            return;
        }
        todayIsReviewDay.set(reviews.today().getDayOfWeek() == day);
        reviews.setReviewDay(day).handleAsync((done, failure) -> {
            if (failure != null) {
                loadProblem.set(Failures.describe(failure, "review.action.day"));
            }
            return null;
        }, ui);
    }

    private static ReframeRow row(Reframed reframed) {
        String answer = reframed.alternative().isBlank() ? "" : Messages.get("review.reframe.answer", reframed.alternative().strip());
        return new ReframeRow(reframed.id(), Messages.get("review.reframe.thought", reframed.thought().strip()),
                ReviewWords.change(reframed), answer);
    }

    private static <T> void replace(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }
}
