package app.groundwork.ui.goals;

import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.GoalRules;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.Recurrence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the "Add a step" form holds: a new step, or the changes to one already set. No controls here, so it is tested
 * without a display.
 */
public final class GoalForm {
    /** How often the step comes round. */
    public enum Repeat { ONCE, DAILY, DAYS }

    /** Where a new step's discomfort slider starts: the middle, so the person moves it to their own number. */
    static final int PREDICTED_START = 50;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<GoalCategory> category = new SimpleObjectProperty<>(this, "category", GoalCategory.SELF_CARE);
    private final ObjectProperty<Integer> size = new SimpleObjectProperty<>(this, "size", 1);
    private final ObjectProperty<Repeat> repeat = new SimpleObjectProperty<>(this, "repeat", Repeat.ONCE);
    private final Map<DayOfWeek, BooleanProperty> days;
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanProperty experiment = new SimpleBooleanProperty(this, "experiment");
    private final StringProperty fear = new SimpleStringProperty(this, "fear", "");
    private final ObjectProperty<Integer> predicted = new SimpleObjectProperty<>(this, "predicted", PREDICTED_START);
    private final ReadOnlyObjectWrapper<Goal> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    private String ideaId;

    public GoalForm() {
        Map<DayOfWeek, BooleanProperty> chosen = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            chosen.put(day, new SimpleBooleanProperty(this, day.name().toLowerCase(java.util.Locale.ROOT)));
        }
        days = Collections.unmodifiableMap(chosen);
        // an experiment happens once
        experiment.addListener((obs, old, now) -> {
            if (now) {
                repeat.set(Repeat.ONCE);
            }
        });
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<GoalCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<Integer> sizeProperty() {
        return size;
    }

    public ObjectProperty<Repeat> repeatProperty() {
        return repeat;
    }

    public BooleanProperty dayProperty(DayOfWeek day) {
        return days.get(day);
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty experimentProperty() {
        return experiment;
    }

    public StringProperty fearProperty() {
        return fear;
    }

    public ObjectProperty<Integer> predictedProperty() {
        return predicted;
    }

    /** The stored step being changed, or {@code null} for a new one. */
    public ReadOnlyObjectProperty<Goal> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The step as written; checked by {@link #problems()}. */
    public GoalPlan plan() {
        Recurrence recurrence = switch (repeat.get()) {
            case ONCE -> Recurrence.NONE;
            case DAILY -> Recurrence.DAILY;
            case DAYS -> Recurrence.on(chosenDays());
        };
        Prediction prediction = experiment.get() ? new Prediction(fear.get().strip(), predicted.get()) : null;
        return new GoalPlan(title.get().strip(), category.get(), size.get() == null ? 0 : size.get(), recurrence,
                repeat.get() == Repeat.ONCE ? due.get() : null, note.get().strip(), prediction, ideaId);
    }

    /** What keeps the form from being saved, field by field; empty when it can be. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (repeat.get() == Repeat.DAYS && chosenDays().isEmpty()) {
            problems.add(FieldProblem.of("repeat", "problem.goal.noDays"));
        }
        if (size.get() == null) {
            problems.add(FieldProblem.of("size", "problem.goal.sizeNeeded"));
        }
        GoalRules.problems(plan()).stream()
                .filter(problem -> size.get() != null || !problem.field().equals("size"))
                .forEach(problems::add);
        return problems;
    }

    /** Fills the form with a stored step, to change it. */
    public void edit(Goal goal) {
        fill(goal.plan());
        editing.set(goal);
    }

    /** Fills the form from an idea or an offer; saving it sets a new step. */
    public void start(GoalPlan plan) {
        fill(plan);
        editing.set(null);
    }

    public void clear() {
        start(GoalPlan.of("", GoalCategory.SELF_CARE, 1));
    }

    private void fill(GoalPlan plan) {
        title.set(plan.title());
        category.set(plan.category());
        size.set(plan.size());
        Recurrence recurrence = plan.recurrence();
        repeat.set(recurrence.daily() ? Repeat.DAILY : recurrence.recurring() ? Repeat.DAYS : Repeat.ONCE);
        days.forEach((day, chosen) -> chosen.set(recurrence.recurring() && !recurrence.daily() && recurrence.fallsOnDay(day)));
        due.set(plan.due());
        note.set(plan.note());
        experiment.set(plan.prediction() != null);
        fear.set(plan.prediction() == null ? "" : plan.prediction().fear());
        predicted.set(plan.prediction() == null ? PREDICTED_START : plan.prediction().discomfort());
        ideaId = plan.ideaId();
    }

    private List<DayOfWeek> chosenDays() {
        return days.entrySet().stream().filter(entry -> entry.getValue().get()).map(Map.Entry::getKey).toList();
    }
}
