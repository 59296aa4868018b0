package app.groundwork.ui.goals;

import app.groundwork.Messages;
import app.groundwork.content.GoalIdea;
import app.groundwork.domain.DueGoal;
import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.GoalRules;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.LadderOffer;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Saved;
import app.groundwork.service.GoalService;
import app.groundwork.ui.common.Failures;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Goals screen: today's steps with their outcomes, every step on the list, what the ladder offers, the idea
 * library, the form to set or change a step, and the form that closes an experiment. No controls here, so it is
 * tested without a display.
 */
public final class GoalsViewModel {
    private final GoalService goals;
    private final GoalWords words;
    private final Executor ui;
    private Consumer<SafetyCheck> afterSave = safety -> { };

    private final ObservableList<DueGoal> today = FXCollections.observableArrayList();
    private final ObservableList<Goal> open = FXCollections.observableArrayList();
    private final ObservableList<LadderOffer> offers = FXCollections.observableArrayList();
    private final ObservableList<GoalIdea> ideas = FXCollections.observableArrayList();
    // one read-only view of each list, kept: a view made per call listens to its list only weakly
    private final ObservableList<DueGoal> todayView = FXCollections.unmodifiableObservableList(today);
    private final ObservableList<Goal> openView = FXCollections.unmodifiableObservableList(open);
    private final ObservableList<LadderOffer> offersView = FXCollections.unmodifiableObservableList(offers);
    private final ObservableList<GoalIdea> ideasView = FXCollections.unmodifiableObservableList(ideas);
    private final ObjectProperty<GoalCategory> ideaCategory = new SimpleObjectProperty<>(this, "ideaCategory");
    private final ObjectProperty<Integer> ideaSize = new SimpleObjectProperty<>(this, "ideaSize");
    private final ReadOnlyStringWrapper relief = new ReadOnlyStringWrapper(this, "relief", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper formProblem = new ReadOnlyStringWrapper(this, "formProblem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyIntegerWrapper winsThisWeek = new ReadOnlyIntegerWrapper(this, "winsThisWeek");

    private final GoalForm form = new GoalForm();

    private final ReadOnlyObjectWrapper<Goal> closing = new ReadOnlyObjectWrapper<>(this, "closing");
    private final StringProperty happened = new SimpleStringProperty(this, "happened", "");
    private final ObjectProperty<Integer> actual = new SimpleObjectProperty<>(this, "actual");
    private final StringProperty learned = new SimpleStringProperty(this, "learned", "");
    private final BooleanProperty partly = new SimpleBooleanProperty(this, "partly");
    private final ReadOnlyStringWrapper closeProblem = new ReadOnlyStringWrapper(this, "closeProblem", "");

    public GoalsViewModel(GoalService goals, GoalWords words, Executor ui) {
        this.goals = goals;
        this.words = words;
        this.ui = ui;
        ideaCategory.addListener((obs, old, now) -> filterIdeas());
        ideaSize.addListener((obs, old, now) -> filterIdeas());
        filterIdeas();
    }

    /** Run after every stored change with what the screening noticed, so support can be offered and screens refresh. */
    public void setAfterSave(Consumer<SafetyCheck> action) {
        this.afterSave = Objects.requireNonNull(action);
    }

    // ---- state ------------------------------------------------------------------------------------------------

    public GoalWords words() {
        return words;
    }

    /** Steps on today's list, each with its outcome once marked. */
    public ObservableList<DueGoal> today() {
        return todayView;
    }

    /** Every step still on the list, in the order they were set. */
    public ObservableList<Goal> open() {
        return openView;
    }

    public ObservableList<LadderOffer> offers() {
        return offersView;
    }

    /** Ideas for the chosen category and size (either may be {@code null} for all). */
    public ObservableList<GoalIdea> ideas() {
        return ideasView;
    }

    public ObjectProperty<GoalCategory> ideaCategoryProperty() {
        return ideaCategory;
    }

    public ObjectProperty<Integer> ideaSizeProperty() {
        return ideaSize;
    }

    /** How experiments compared with what was feared, in a sentence; empty before the first one. */
    public ReadOnlyStringProperty reliefProperty() {
        return relief.getReadOnlyProperty();
    }

    /** What just happened ("“Walk …” is on your list."), for a calm line under the form. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the journal could not be read or written; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What keeps the form from being saved, field by field. */
    public ReadOnlyStringProperty formProblemProperty() {
        return formProblem.getReadOnlyProperty();
    }

    /** Wins since Monday: the evidence counter Today shows. */
    public ReadOnlyIntegerProperty winsThisWeekProperty() {
        return winsThisWeek.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public GoalForm form() {
        return form;
    }

    /** The experiment whose result is being written, or {@code null}. */
    public ReadOnlyObjectProperty<Goal> closingProperty() {
        return closing.getReadOnlyProperty();
    }

    public StringProperty happenedProperty() {
        return happened;
    }

    /** How uncomfortable it really was, 0–100; {@code null} until the person says. */
    public ObjectProperty<Integer> actualProperty() {
        return actual;
    }

    public StringProperty learnedProperty() {
        return learned;
    }

    public BooleanProperty partlyProperty() {
        return partly;
    }

    public ReadOnlyStringProperty closeProblemProperty() {
        return closeProblem.getReadOnlyProperty();
    }

    /** Why the ladder offers a step, in its own words: "You did three size-2 steps in Reconnecting this fortnight…". */
    public String offerText(LadderOffer offer) {
        // mid-sentence, a category reads in lower case: "steps in time on my own"
        String category = words.ideas().categoryName(offer.category()).toLowerCase(java.util.Locale.getDefault());
        return switch (offer.reason()) {
            case CLIMB -> Messages.get("goals.offer.climb", offer.stepsDone(), offer.fromSize(), category, offer.size());
            case SKIPPED -> Messages.get("goals.offer.skipped", offer.stepsDone(), category, offer.size());
            case LOW_MOOD -> Messages.get("goals.offer.lowMood", category, offer.size());
        };
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    /** Reads the lists, the ladder's offers and the experiments' summary. */
    public CompletableFuture<Void> refresh() {
        CompletableFuture<List<DueGoal>> due = goals.dueToday();
        CompletableFuture<List<Goal>> all = goals.open();
        CompletableFuture<List<LadderOffer>> offered = goals.ladderOffers();
        CompletableFuture<List<GoalStats.ExperimentGap>> experiments = goals.experiments();
        CompletableFuture<Integer> weekWins = goals.winsThisWeek();
        return CompletableFuture.allOf(due, all, offered, experiments, weekWins).handleAsync((done, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.load"));
                return null;
            }
            problem.set("");
            replace(today, due.join());
            replace(open, all.join());
            replace(offers, offered.join());
            relief.set(GoalWords.relief(experiments.join()));
            winsThisWeek.set(weekWins.join());
            return null;
        }, ui);
    }

    /** Sets the step in the form, or stores the changes to the one being changed. */
    public CompletableFuture<Void> save() {
        List<FieldProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            formProblem.set(Messages.describe(problems));
            return CompletableFuture.completedFuture(null);
        }
        formProblem.set("");
        GoalPlan plan = form.plan();
        Goal editing = form.editingProperty().get();
        CompletableFuture<Optional<Saved<Goal>>> stored = editing == null
                ? goals.add(plan).thenApply(Optional::of)
                : goals.change(editing.id(), plan);
        return run(stored, found -> {
            if (found.isEmpty()) {
                formProblem.set(Messages.get("goals.gone"));
                return;
            }
            status.set(Messages.get(editing == null ? "goals.added" : "goals.changed", found.get().entry().title()));
            form.clear();
            saved(found.get().safety());
        }, formProblem);
    }

    /** Sets an idea as a one-off step in one go. */
    public CompletableFuture<Void> addIdea(GoalIdea idea) {
        GoalPlan plan = GoalPlan.of(idea.title(), idea.category(), idea.size()).withIdea(idea.id());
        return run(goals.add(plan), stored -> {
            status.set(Messages.get("goals.added", stored.entry().title()));
            saved(stored.safety());
        }, problem);
    }

    /** Puts an idea into the form, to shape it before setting it (days, a date, a prediction). */
    public void shapeIdea(GoalIdea idea) {
        form.start(GoalPlan.of(idea.title(), idea.category(), idea.size()).withIdea(idea.id()));
        formProblem.set("");
    }

    public void edit(Goal goal) {
        form.edit(goal);
        formProblem.set("");
    }

    public void cancelEdit() {
        form.clear();
        formProblem.set("");
    }

    /** Marks a step for today. An experiment marked done asks for its result instead (see {@link #startClosing}). */
    public CompletableFuture<Void> mark(Goal goal, GoalOutcome outcome) {
        return run(goals.mark(goal.id(), outcome), stored -> stored.ifPresent(mark -> {
            status.set(Messages.get("goals.marked", goal.title(), GoalWords.outcome(outcome).toLowerCase(java.util.Locale.ROOT)));
            saved(mark.safety());
        }), problem);
    }

    /** Takes back today's outcome of a step. */
    public CompletableFuture<Void> unmark(Goal goal) {
        return run(goals.unmark(goal.id(), goals.today()), taken -> saved(SafetyCheck.CLEAR), problem);
    }

    /** Lets a step go: it leaves the list, and the day says "let go". */
    public CompletableFuture<Void> letGo(Goal goal) {
        return run(goals.letGo(goal.id()), stored -> {
            status.set(Messages.get("goals.letGo.done", goal.title()));
            saved(SafetyCheck.CLEAR);
        }, problem);
    }

    /** Removes a step set by mistake (one without any outcome). */
    public CompletableFuture<Void> remove(Goal goal) {
        return run(goals.remove(goal.id()), removed -> {
            status.set(Messages.get(removed ? "goals.removed" : "goals.removeKept", goal.title()));
            if (goal.equals(form.editingProperty().get())) {
                form.clear();
            }
            saved(SafetyCheck.CLEAR);
        }, problem);
    }

    /** "Not now" on an offer: it stays away for a week. */
    public CompletableFuture<Void> setAside(LadderOffer offer) {
        return run(goals.setAside(offer), done -> refresh(), problem);
    }

    /** Shows the ideas that fit an offer. */
    public void showIdeasFor(LadderOffer offer) {
        ideaCategory.set(offer.category());
        ideaSize.set(offer.size());
    }

    /** Opens the experiment's "after": what happened, how it felt, what it taught. */
    public void startClosing(Goal experiment) {
        closing.set(experiment);
        happened.set("");
        actual.set(null);
        learned.set("");
        partly.set(false);
        closeProblem.set("");
    }

    public void cancelClosing() {
        closing.set(null);
        closeProblem.set("");
    }

    /** Keeps the experiment's result and marks it done today. */
    public CompletableFuture<Void> closeExperiment() {
        Goal experiment = closing.get();
        if (experiment == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (actual.get() == null) {
            closeProblem.set(Messages.describe(List.of(FieldProblem.of("actual", "problem.experiment.actualNeeded"))));
            return CompletableFuture.completedFuture(null);
        }
        ExperimentResult result = new ExperimentResult(happened.get().strip(), actual.get(), learned.get().strip());
        List<FieldProblem> problems = GoalRules.problems(partly.get() ? GoalOutcome.PARTLY : GoalOutcome.DONE, "", result, experiment);
        if (!problems.isEmpty()) {
            closeProblem.set(Messages.describe(problems));
            return CompletableFuture.completedFuture(null);
        }
        return run(goals.closeExperiment(experiment.id(), result, partly.get(), ""), stored -> stored.ifPresent(mark -> {
            closing.set(null);
            closeProblem.set("");
            Integer gap = mark.entry().relief();
            status.set(gap != null && gap > 0 ? Messages.get("goals.experiment.closedEasier", experiment.title(), gap)
                    : Messages.get("goals.experiment.closed", experiment.title()));
            saved(mark.safety());
        }), closeProblem);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private <T> CompletableFuture<Void> run(CompletableFuture<T> work, Consumer<T> then, ReadOnlyStringWrapper problemLine) {
        busy.set(true);
        return work.handleAsync((value, failure) -> {
            busy.set(false);
            if (failure != null) {
                problemLine.set(Failures.describe(failure, "action.save"));
                return null;
            }
            problemLine.set("");
            then.accept(value);
            return null;
        }, ui);
    }

    private void saved(SafetyCheck safety) {
        refresh();
        afterSave.accept(safety);
    }

    private void filterIdeas() {
        List<GoalIdea> chosen = words.ideas().ideas().stream()
                .filter(idea -> ideaCategory.get() == null || idea.category() == ideaCategory.get())
                .filter(idea -> ideaSize.get() == null || idea.size() == ideaSize.get())
                .toList();
        replace(ideas, chosen);
    }


    private static <T> void replace(ObservableList<T> list, List<T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }
}
