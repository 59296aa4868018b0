package app.groundwork.ui.assessments;

import app.groundwork.Messages;
import app.groundwork.content.Assessment;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.ScoreRange;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.JournalPreferences;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.service.AssessmentService;
import app.groundwork.service.PreferenceService;
import app.groundwork.ui.common.Failures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Self-assessments screen: the five instruments with their latest result and whether a reminder is due; one
 * instrument's history, reminder and source; taking it, with the answers kept while the app runs; and the result
 * after saving. No controls here, so it is tested without a display.
 */
public final class AssessmentsViewModel {
    /** The reminder intervals offered, in days; 0 is no reminder. */
    static final List<Integer> REMINDER_DAYS = List.of(0, 7, 14, 28, 91);

    /** What the screen shows beside the list. */
    public enum Mode { DETAILS, TAKING, RESULT }

    /**
     * One instrument in the list.
     *
     * @param latest "64 of 100 · 3 March", or "Not taken yet"
     * @param due    a reminder for it is due
     */
    public record Row(Instrument instrument, String shortName, String about, String latest, boolean due) {
    }

    /** One interval the reminder choice offers, with its words. */
    public record ReminderChoice(int days, String label) {
    }

    /**
     * What the screen shows after saving.
     *
     * @param score      "64 of 100"
     * @param rangeLabel the name of the part of the range the score is in, for example "Above the middle"
     * @param rangeText  a few calm sentences about a score there
     * @param change     how it compares with the result before, or that it is the first
     */
    public record Result(SavedAssessment saved, String score, String rangeLabel, String rangeText, String change) {
    }

    private final AssessmentService assessments;
    private final PreferenceService preferences;
    private final ContentLibrary content;
    private final Runnable onSafetyFlag;
    private final Runnable afterSave;
    private final Executor ui;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Instrument> selected = new SimpleObjectProperty<>(this, "selected", Instrument.WHO5);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.DETAILS);
    private final ObservableList<ResultChange> history = FXCollections.observableArrayList();
    private final ObservableList<ResultChange> chartPoints = FXCollections.observableArrayList();
    private final BooleanProperty wholeHistory = new SimpleBooleanProperty(this, "wholeHistory");
    private final BooleanProperty olderResults = new SimpleBooleanProperty(this, "olderResults");
    private final StringProperty historySummary = new SimpleStringProperty(this, "historySummary", "");
    private final ObservableList<ReminderChoice> reminderChoices = FXCollections.observableArrayList();
    private final ObjectProperty<ReminderChoice> reminder = new SimpleObjectProperty<>(this, "reminder");
    private final Map<Instrument, List<ObjectProperty<Integer>>> answers = new EnumMap<>(Instrument.class);
    private final IntegerProperty answered = new SimpleIntegerProperty(this, "answered");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty canSubmit = new SimpleBooleanProperty(this, "canSubmit");
    // one read-only view of each list, kept: a view made per call listens to its list only weakly and can be
    // collected while a screen still listens to it
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<ResultChange> historyView = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<ResultChange> chartPointsView = FXCollections.unmodifiableObservableList(chartPoints);
    private final ObservableList<ReminderChoice> reminderChoicesView = FXCollections.unmodifiableObservableList(reminderChoices);
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private JournalPreferences loadedPreferences = JournalPreferences.DEFAULTS;

    /**
     * @param onSafetyFlag run once, right after a result is stored, when its answers flag the safety check (PHQ-9
     *                     item 9 above 0), so support can be offered
     * @param afterSave    run after every stored result, so other screens can bring themselves up to date
     */
    public AssessmentsViewModel(AssessmentService assessments, PreferenceService preferences, ContentLibrary content,
                                Runnable onSafetyFlag, Runnable afterSave, Executor ui) {
        this.assessments = assessments;
        this.preferences = preferences;
        this.content = content;
        this.onSafetyFlag = onSafetyFlag;
        this.afterSave = afterSave;
        this.ui = ui;
        for (Instrument instrument : Instrument.values()) {
            List<ObjectProperty<Integer>> items = new ArrayList<>();
            for (int item = 1; item <= instrument.itemCount(); item++) {
                ObjectProperty<Integer> answer = new SimpleObjectProperty<>(this, instrument.id() + "-" + item);
                answer.addListener((obs, old, now) -> countAnswers());
                items.add(answer);
            }
            answers.put(instrument, Collections.unmodifiableList(items));
        }
        selected.addListener((obs, old, now) -> countAnswers());
        wholeHistory.addListener((obs, old, now) -> showChart());
        busy.addListener((obs, old, now) -> countAnswers());
        for (Assessment assessment : content.assessments()) {
            rows.add(new Row(assessment.instrument(), assessment.shortName(), assessment.about(),
                    Messages.get("assessments.notTaken"), false));
        }
        showReminder(0);
    }

    // ---- state ------------------------------------------------------------------------------------------------

    /** The five instruments in content order. */
    public ObservableList<Row> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<Instrument> selectedProperty() {
        return selected;
    }

    /** The instrument's wording: name, instruction, items, options, source. */
    public Assessment assessment(Instrument instrument) {
        return content.assessment(instrument);
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The selected instrument's results, oldest first, each marked against the one before. */
    public ObservableList<ResultChange> history() {
        return historyView;
    }

    /**
     * The points the chart shows: the past year, or every result when the person asks for it (or when the past year
     * holds fewer than two). Each keeps its change from the result just before it, even one outside the range.
     */
    public ObservableList<ResultChange> chartPoints() {
        return chartPointsView;
    }

    /** True when the chart shows every result rather than the past year. */
    public BooleanProperty wholeHistoryProperty() {
        return wholeHistory;
    }

    /** True when some results are more than a year old, so the choice between the past year and all is worth offering. */
    public ReadOnlyBooleanProperty olderResultsProperty() {
        return olderResults;
    }

    /** The chart in words: how many results, since when, the latest and how it moved. */
    public ReadOnlyStringProperty historySummaryProperty() {
        return historySummary;
    }

    /** The words for one point of the chart (its tooltip and what a screen reader says). */
    public String describePoint(ResultChange point) {
        return ResultWords.point(point, assessments.today());
    }

    /** What higher scores mean on the selected scale, and which points are marked. */
    public String legend(Instrument instrument) {
        return ResultWords.legend(instrument);
    }

    public ObservableList<ReminderChoice> reminderChoices() {
        return reminderChoicesView;
    }

    /** The selected instrument's reminder as stored. */
    public ReadOnlyObjectProperty<ReminderChoice> reminderProperty() {
        return reminder;
    }

    /**
     * The answers given so far to each item of {@code instrument}, item 1 first; null where none is chosen yet. They
     * stay while the app runs, across screens, until the result is stored.
     */
    public List<ObjectProperty<Integer>> answers(Instrument instrument) {
        return answers.get(instrument);
    }

    /** How many items of the selected instrument have an answer. */
    public ReadOnlyIntegerProperty answeredProperty() {
        return answered;
    }

    /** True when every item of the selected instrument has an answer and nothing is being saved. */
    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result;
    }

    /** What went wrong, in plain words; empty when nothing did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    // ---- commands ---------------------------------------------------------------------------------------------

    /** Reads the latest results, reminders and the selected instrument's history; the screen's mode stays as it is. */
    public CompletableFuture<Void> refresh() {
        CompletableFuture<Map<Instrument, SavedAssessment>> latest = assessments.latestOfEach();
        CompletableFuture<JournalPreferences> prefs = preferences.load();
        Instrument instrument = selected.get();
        CompletableFuture<List<SavedAssessment>> results = assessments.history(instrument);
        return CompletableFuture.allOf(latest, prefs, results).handleAsync((done, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.assessment.load"));
                return null;
            }
            if (mode.get() != Mode.TAKING) {
                problem.set("");
            }
            loadedPreferences = prefs.join();
            showRows(latest.join(), loadedPreferences);
            if (instrument == selected.get()) {
                showHistory(instrument, results.join());
                showReminder(loadedPreferences.scheduleDays(instrument.id()));
            }
            return null;
        }, ui);
    }

    /** Shows an instrument's details: its history, reminder and source. Answers in progress are kept. */
    public CompletableFuture<Void> select(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        boolean changed = instrument != selected.get();
        selected.set(instrument);
        if (changed || mode.get() == Mode.RESULT) {
            mode.set(Mode.DETAILS);
        }
        if (!changed) {
            return CompletableFuture.completedFuture(null);
        }
        problem.set("");
        history.clear();
        showChart();
        showReminder(loadedPreferences.scheduleDays(instrument.id()));
        return assessments.history(instrument).handleAsync((results, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.assessment.load"));
            } else if (instrument == selected.get()) {
                showHistory(instrument, results);
            }
            return null;
        }, ui);
    }

    /** Starts (or goes back to) the selected instrument's questions. */
    public void take() {
        problem.set("");
        result.set(null);
        mode.set(Mode.TAKING);
    }

    /** Opens an instrument straight at its questions, as Today's reminder does. */
    public CompletableFuture<Void> take(Instrument instrument) {
        CompletableFuture<Void> shown = select(instrument);
        take();
        return shown;
    }

    /** Back to the details without storing anything; the answers given so far stay for later. */
    public void notNow() {
        problem.set("");
        mode.set(Mode.DETAILS);
    }

    /** From the result back to the details, where the new point is on the chart. */
    public void showDetails() {
        mode.set(Mode.DETAILS);
    }

    /**
     * Stores the selected instrument's answers (on the journal thread) and shows the result. On success the answers
     * are cleared, the safety callback runs first if the answers flag it, then {@code afterSave}.
     */
    public CompletableFuture<Void> submit() {
        if (!canSubmit.get()) {
            return CompletableFuture.completedFuture(null);
        }
        Instrument instrument = selected.get();
        List<Integer> given = answers.get(instrument).stream().map(ObjectProperty::get).toList();
        busy.set(true);
        problem.set("");
        return assessments.save(instrument, given).handleAsync((saved, failure) -> {
            busy.set(false);
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.assessment.save"));
                return CompletableFuture.<Void>completedFuture(null);
            }
            if (saved.score().safety().flagged()) {
                onSafetyFlag.run();
            }
            answers.get(instrument).forEach(answer -> answer.set(null));
            afterSave.run();
            return showResult(saved);
        }, ui).thenCompose(next -> next);
    }

    /** Keeps the reminder interval for the selected instrument; Today follows it from its next refresh. */
    public CompletableFuture<Void> setReminder(int days) {
        Instrument instrument = selected.get();
        int kept = JournalPreferences.clampSchedule(days);
        if (reminder.get() != null && reminder.get().days() == kept) {
            return CompletableFuture.completedFuture(null);
        }
        int before = reminder.get() == null ? 0 : reminder.get().days();
        showReminder(kept);
        return preferences.setSchedule(instrument.id(), kept).handleAsync((done, failure) -> {
            if (failure != null) {
                if (instrument == selected.get()) {
                    showReminder(before);
                }
                problem.set(Failures.describe(failure, "action.assessment.reminder"));
                return CompletableFuture.<Void>completedFuture(null);
            }
            return refresh();
        }, ui).thenCompose(next -> next);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private CompletableFuture<Void> showResult(SavedAssessment saved) {
        Instrument instrument = saved.instrument();
        return assessments.history(instrument).handleAsync((results, failure) -> {
            List<SavedAssessment> known = failure == null ? results : List.of(saved);
            List<ResultChange> marked = assessments.markChanges(known);
            // the new result is the newest one, unless an entry was dated later by hand
            List<ResultChange> upToSaved = new ArrayList<>();
            for (ResultChange point : marked) {
                upToSaved.add(point);
                if (point.result().entryId() == saved.entryId()) {
                    break;
                }
            }
            ScoreRange range = content.assessment(instrument).resultFor(saved.score());
            result.set(new Result(saved, ResultWords.score(saved.score()), range.label(), range.text(),
                    ResultWords.change(upToSaved, assessments.today())));
            selected.set(instrument);
            mode.set(Mode.RESULT);
            if (failure == null) {
                showHistory(instrument, results);
            }
            return refresh();
        }, ui).thenCompose(next -> next);
    }

    private void showRows(Map<Instrument, SavedAssessment> latest, JournalPreferences prefs) {
        LocalDate today = assessments.today();
        List<Instrument> due = assessments.due(latest, prefs, today);
        List<Row> shown = new ArrayList<>();
        for (Assessment assessment : content.assessments()) {
            Instrument instrument = assessment.instrument();
            SavedAssessment last = latest.get(instrument);
            shown.add(new Row(instrument, assessment.shortName(), assessment.about(),
                    last == null ? Messages.get("assessments.notTaken") : ResultWords.latest(last, today),
                    due.contains(instrument)));
        }
        if (!shown.equals(rows)) {
            rows.setAll(shown);
        }
    }

    private void showHistory(Instrument instrument, List<SavedAssessment> results) {
        List<ResultChange> marked = assessments.markChanges(results);
        if (!marked.equals(history)) {
            history.setAll(marked);
        }
        showChart();
    }

    private void showChart() {
        LocalDate yearAgo = assessments.today().minusYears(1);
        List<ResultChange> pastYear = history.stream().filter(point -> point.result().date().isAfter(yearAgo)).toList();
        olderResults.set(pastYear.size() < history.size());
        List<ResultChange> shown = wholeHistory.get() || pastYear.size() < 2 ? List.copyOf(history) : pastYear;
        if (!shown.equals(chartPoints)) {
            chartPoints.setAll(shown);
        }
        historySummary.set(ResultWords.summary(selected.get(), shown, assessments.today()));
    }

    private void showReminder(int days) {
        List<ReminderChoice> choices = new ArrayList<>();
        for (int offered : REMINDER_DAYS) {
            choices.add(reminderChoice(offered));
        }
        if (!REMINDER_DAYS.contains(days)) {
            int at = 0;
            while (at < choices.size() && choices.get(at).days() < days) {
                at++;
            }
            choices.add(at, reminderChoice(days));
        }
        if (!choices.equals(reminderChoices)) {
            reminderChoices.setAll(choices);
        }
        reminder.set(reminderChoice(days));
    }

    static ReminderChoice reminderChoice(int days) {
        String label;
        switch (days) {
            case 0 -> label = Messages.get("assessments.reminder.off");
            case 7 -> label = Messages.get("assessments.reminder.week");
            case 14 -> label = Messages.get("assessments.reminder.twoWeeks");
            case 28 -> label = Messages.get("assessments.reminder.fourWeeks");
            case 91 -> label = Messages.get("assessments.reminder.threeMonths");
            default -> label = Messages.get("assessments.reminder.days", days);
        }
        return new ReminderChoice(days, label);
    }

    private void countAnswers() {
        int count = (int) answers.get(selected.get()).stream().filter(answer -> answer.get() != null).count();
        answered.set(count);
        canSubmit.set(!busy.get() && count == selected.get().itemCount());
    }
}
