package app.groundwork.ui.practices;

import app.groundwork.Messages;
import app.groundwork.content.BreathingPattern;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.Practice;
import app.groundwork.content.PracticeSeries;
import app.groundwork.content.PracticeStep;
import app.groundwork.domain.BreathingRhythm;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import app.groundwork.domain.PracticeRun;
import app.groundwork.domain.PracticeScript;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.SeriesProgress;
import app.groundwork.domain.StepTimer;
import app.groundwork.ui.common.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Practices page: the list of guided practices and one practice under way, a step at a time, with its written
 * answer, its timer and, for a breathing practice, a guide that says (and, unless motion is reduced, shows) where in a
 * breath the moment is. Time is read from the clock it is given, never from a thread of its own: the view calls
 * {@link #tick()} a few times a second, and tests move a clock of their own. No controls here, so it is tested without
 * a display.
 */
public final class PracticesViewModel {
    /** One practice in the list: "About 20 minutes" and why it helps. */
    public record PracticeRow(String id, String title, String minutes, String why) {
    }

    /**
     * Where the breathing guide is: the part in words ("Breathe in"), whole seconds left in it, how full the lungs
     * are (0 to 1), and which breath of the round it is.
     */
    public record BreathingMoment(String part, int secondsLeft, double fullness, int round) {
    }

    /** Something to try after a practice: another practice (its id set) or a plain suggestion (id {@code null}). */
    public record NextIdea(String practiceId, String text) {
    }

    /** The guide's circle at its smallest, as a share of its full size. */
    static final double EMPTY_SCALE = 0.55;
    /** The id of the pattern a person sets with their own seconds. */
    static final String OWN_PATTERN = "own";
    /** The longest part of a breath the guide can be set to, in seconds. */
    public static final int LONGEST_PART = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.getDefault());

    private final ContentLibrary content;
    private final PracticeKeeper keeper;
    private final Clock clock;
    private final Executor ui;
    private Consumer<SafetyCheck> afterSave = safety -> { };
    private Consumer<SafetyCheck> afterGoal = safety -> { };

    /** Runs under way, by practice id, so leaving one for another and coming back loses nothing while the app runs. */
    private final Map<String, PracticeRun> runs = new HashMap<>();
    private final Map<String, Long> draftIds = new HashMap<>();
    /** The answers last handed to the keeper, per practice, so an unchanged run is not kept again. */
    private final Map<String, List<PracticeAnswer>> kept = new HashMap<>();
    /** Each keep waits for the one before it, so a draft made by the first is updated, not made twice. */
    private CompletableFuture<?> keeping = CompletableFuture.completedFuture(null);
    private Practice practice;
    private PracticeRun run;
    /** Set while the model itself puts text in the answer, so that text is not taken for typing. */
    private boolean applying;
    /** Breathing time that went by under an earlier pattern: a new pattern starts with a breath in. */
    private Duration breathingFrom = Duration.ZERO;

    private final ObservableList<PracticeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PracticeRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper practiceId = new ReadOnlyStringWrapper(this, "practiceId", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex");
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "stepCount");
    private final ReadOnlyIntegerWrapper stepsShown = new ReadOnlyIntegerWrapper(this, "stepsShown");
    private final ReadOnlyStringWrapper stepLabel = new ReadOnlyStringWrapper(this, "stepLabel", "");
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ReadOnlyStringWrapper example = new ReadOnlyStringWrapper(this, "example", "");
    private final ReadOnlyBooleanWrapper written = new ReadOnlyBooleanWrapper(this, "written");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final ReadOnlyBooleanWrapper first = new ReadOnlyBooleanWrapper(this, "first", true);
    private final ReadOnlyBooleanWrapper last = new ReadOnlyBooleanWrapper(this, "last", true);
    private final ReadOnlyBooleanWrapper timed = new ReadOnlyBooleanWrapper(this, "timed");
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper(this, "remaining", "");
    private final ReadOnlyBooleanWrapper timerRunning = new ReadOnlyBooleanWrapper(this, "timerRunning");
    private final ReadOnlyBooleanWrapper timerDone = new ReadOnlyBooleanWrapper(this, "timerDone");
    private final ReadOnlyBooleanWrapper breathing = new ReadOnlyBooleanWrapper(this, "breathing");
    private final ObservableList<BreathingPattern> patterns = FXCollections.observableArrayList();
    private final ObservableList<BreathingPattern> patternsView = FXCollections.unmodifiableObservableList(patterns);
    private final ObjectProperty<BreathingPattern> pattern = new SimpleObjectProperty<>(this, "pattern");
    private final ReadOnlyObjectWrapper<BreathingMoment> breathingMoment = new ReadOnlyObjectWrapper<>(this, "breathingMoment");
    private final ReadOnlyStringWrapper breathingText = new ReadOnlyStringWrapper(this, "breathingText", "");
    private final ReadOnlyDoubleWrapper guideScale = new ReadOnlyDoubleWrapper(this, "guideScale", 1);
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion");
    private final ReadOnlyBooleanWrapper canFinish = new ReadOnlyBooleanWrapper(this, "canFinish");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper closingLine = new ReadOnlyStringWrapper(this, "closingLine", "");
    private final ObservableList<NextIdea> nextIdeas = FXCollections.observableArrayList();
    private final ObservableList<NextIdea> nextIdeasView = FXCollections.unmodifiableObservableList(nextIdeas);
    private final ReadOnlyObjectWrapper<SeriesProgress> series = new ReadOnlyObjectWrapper<>(this, "series");
    private final ReadOnlyStringWrapper seriesText = new ReadOnlyStringWrapper(this, "seriesText", "");
    private final ReadOnlyStringWrapper seriesFocus = new ReadOnlyStringWrapper(this, "seriesFocus", "");
    private final ReadOnlyStringWrapper cardId = new ReadOnlyStringWrapper(this, "cardId", "");
    private final ReadOnlyStringWrapper cardLink = new ReadOnlyStringWrapper(this, "cardLink", "");
    private final ReadOnlyBooleanWrapper goalOffered = new ReadOnlyBooleanWrapper(this, "goalOffered");
    private final StringProperty goalTitle = new SimpleStringProperty(this, "goalTitle", "");
    private final IntegerProperty inhale = new SimpleIntegerProperty(this, "inhale", 4);
    private final IntegerProperty holdIn = new SimpleIntegerProperty(this, "holdIn", 0);
    private final IntegerProperty exhale = new SimpleIntegerProperty(this, "exhale", 6);
    private final IntegerProperty holdOut = new SimpleIntegerProperty(this, "holdOut", 0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public PracticesViewModel(ContentLibrary content, PracticeKeeper keeper, Clock clock, Executor ui) {
        this(content, keeper, clock, ui, false);
    }

    /** @param reducedMotion whether the breathing guide keeps to words and numbers, with no growing and shrinking */
    public PracticesViewModel(ContentLibrary content, PracticeKeeper keeper, Clock clock, Executor ui, boolean reducedMotion) {
        this.content = Objects.requireNonNull(content, "content");
        this.keeper = Objects.requireNonNull(keeper, "keeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.reducedMotion.set(reducedMotion);
        rows.setAll(content.practices().stream().map(PracticesViewModel::row).toList());
        answer.addListener((obs, old, text) -> typed(text));
        pattern.addListener((obs, old, chosen) -> choosePattern(old, chosen));
        this.reducedMotion.addListener((obs, old, reduced) -> showBreathing());
        for (IntegerProperty part : List.of(inhale, holdIn, exhale, holdOut)) {
            part.addListener((obs, old, seconds) -> adjusted());
        }
    }

    /**
     * Run after a practice is stored, with what the screening noticed in its answers, so support can be offered when
     * it is flagged and other screens can refresh.
     */
    public void setAfterSave(Consumer<SafetyCheck> action) {
        this.afterSave = Objects.requireNonNull(action);
    }

    /** Run after a practice's plan is put on the Goals list, with what the screening noticed in its title. */
    public void setAfterGoal(Consumer<SafetyCheck> action) {
        this.afterGoal = Objects.requireNonNull(action);
    }

    // ---- state ------------------------------------------------------------------------------------------------

    /** Every practice, in the content's order. */
    public ObservableList<PracticeRow> practices() {
        return rowsView;
    }

    /** The id of the practice on show; empty before one is opened. */
    public ReadOnlyStringProperty practiceIdProperty() {
        return practiceId.getReadOnlyProperty();
    }

    /** Whether a practice is on show. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    /** The step on show, from 0. */
    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    /** Goes up by one each time a step is put on show, even the same one again, so the view can move focus. */
    public ReadOnlyIntegerProperty stepsShownProperty() {
        return stepsShown.getReadOnlyProperty();
    }

    /** "Step 2 of 4". */
    public ReadOnlyStringProperty stepLabelProperty() {
        return stepLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** "For example: …", or empty when the step has no example. */
    public ReadOnlyStringProperty exampleProperty() {
        return example.getReadOnlyProperty();
    }

    /** Whether the step on show asks for words. */
    public ReadOnlyBooleanProperty writtenProperty() {
        return written.getReadOnlyProperty();
    }

    /** The answer to the step on show; what is typed here goes straight into the run. */
    public StringProperty answerProperty() {
        return answer;
    }

    public ReadOnlyBooleanProperty firstProperty() {
        return first.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    /** Whether the step on show has a timer. */
    public ReadOnlyBooleanProperty timedProperty() {
        return timed.getReadOnlyProperty();
    }

    /** The step's time left as mm:ss; empty for an untimed step. */
    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty timerRunningProperty() {
        return timerRunning.getReadOnlyProperty();
    }

    /** Whether the step's timer has run to its end. */
    public ReadOnlyBooleanProperty timerDoneProperty() {
        return timerDone.getReadOnlyProperty();
    }

    /** Whether the breathing guide belongs on the step on show. */
    public ReadOnlyBooleanProperty breathingProperty() {
        return breathing.getReadOnlyProperty();
    }

    /** The breathing patterns the practice offers; empty for a practice without a guide. */
    public ObservableList<BreathingPattern> patterns() {
        return patternsView;
    }

    /** The breathing pattern chosen; choosing another starts it from a breath in. */
    public ObjectProperty<BreathingPattern> patternProperty() {
        return pattern;
    }

    /** Where the breathing guide is; {@code null} when the step has none. */
    public ReadOnlyObjectProperty<BreathingMoment> breathingMomentProperty() {
        return breathingMoment.getReadOnlyProperty();
    }

    /** "Breathe in · 3", for the label beside (or, with reduced motion, instead of) the circle. */
    public ReadOnlyStringProperty breathingTextProperty() {
        return breathingText.getReadOnlyProperty();
    }

    /** How large the guide's circle is drawn, from {@value #EMPTY_SCALE} to 1; always 1 with reduced motion. */
    public ReadOnlyDoubleProperty guideScaleProperty() {
        return guideScale.getReadOnlyProperty();
    }

    /** When true the breathing guide keeps to words and numbers: the circle neither grows nor shrinks. */
    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    /** Whether the practice can be finished now (see {@link PracticeRun#canFinish()}). */
    public ReadOnlyBooleanProperty canFinishProperty() {
        return canFinish.getReadOnlyProperty();
    }

    /** Whether the practice on show has just been finished and stored: the closing words show instead of a step. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty closingLineProperty() {
        return closingLine.getReadOnlyProperty();
    }

    /** What the finished practice suggests trying next. */
    public ObservableList<NextIdea> nextIdeas() {
        return nextIdeasView;
    }

    /** How far the person is through a practice done over several days; {@code null} for one done in one sitting. */
    public ReadOnlyObjectProperty<SeriesProgress> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    /** "Day 2 of 4 …", or empty for a practice done in one sitting. */
    public ReadOnlyStringProperty seriesTextProperty() {
        return seriesText.getReadOnlyProperty();
    }

    /** "Today’s focus: …" for the day of the series that is next, or empty. */
    public ReadOnlyStringProperty seriesFocusProperty() {
        return seriesFocus.getReadOnlyProperty();
    }

    /** The library card that explains the practice on show; empty when it names none. */
    public ReadOnlyStringProperty cardIdProperty() {
        return cardId.getReadOnlyProperty();
    }

    /** "Read more: …", the words of the link to that card. */
    public ReadOnlyStringProperty cardLinkProperty() {
        return cardLink.getReadOnlyProperty();
    }

    /** Whether the finished practice made a plan that can go on the Goals list as a small step. */
    public ReadOnlyBooleanProperty goalOfferedProperty() {
        return goalOffered.getReadOnlyProperty();
    }

    /** The small step's title, filled from the answers and open to change before it is made. */
    public StringProperty goalTitleProperty() {
        return goalTitle;
    }

    /** Seconds breathing in; changing any of the four parts makes the person's own pattern. */
    public IntegerProperty inhaleProperty() {
        return inhale;
    }

    /** Seconds holding after breathing in. */
    public IntegerProperty holdInProperty() {
        return holdIn;
    }

    /** Seconds breathing out. */
    public IntegerProperty exhaleProperty() {
        return exhale;
    }

    /** Seconds resting after breathing out. */
    public IntegerProperty holdOutProperty() {
        return holdOut;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the journal is storing a finished practice. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // ---- commands -----------------------------------------------------------------------------------------------

    /**
     * Puts a practice on show: the run left earlier while the app runs if there is one, otherwise a new run from its
     * first step. What was written in the practice on show before is kept as a draft first.
     *
     * @return false when there is no practice with that id
     */
    public boolean open(String id) {
        Optional<Practice> found = content.practice(id);
        if (found.isEmpty()) {
            return false;
        }
        if (run != null && !finished.get() && !practice.id().equals(id)) {
            pauseTimer();
            keepDraft();
        }
        practice = found.get();
        boolean fresh = !runs.containsKey(id);
        run = runs.computeIfAbsent(id, key -> new PracticeRun(practice.script(), clock));
        practiceId.set(id);
        title.set(practice.title());
        why.set(practice.why());
        stepCount.set(run.stepCount());
        finished.set(false);
        closingLine.set("");
        nextIdeas.clear();
        goalOffered.set(false);
        goalTitle.set("");
        problem.set("");
        status.set("");
        cardId.set(practice.cardId().orElse(""));
        cardLink.set(practice.cardId().flatMap(content::card)
                .map(card -> Messages.get("practices.card.link", card.title())).orElse(""));
        applying = true;
        try {
            patterns.setAll(practice.breathingGuide().map(guide -> guide.patterns()).orElse(List.of()));
            pattern.set(practice.breathingGuide().map(guide -> guide.startingPattern()).orElse(null));
            showPatternParts(pattern.get());
        } finally {
            applying = false;
        }
        breathingFrom = Duration.ZERO;
        open.set(true);
        showStep();
        loadSeries(practice);
        if (fresh) {
            carryOn(practice, run);
        }
        return true;
    }

    /** The next step, keeping the answers as a draft; false on the last step. */
    public boolean next() {
        if (run == null || finished.get() || !run.next()) {
            return false;
        }
        stepChanged();
        return true;
    }

    /** The step before, keeping the answers as a draft; false on the first step. */
    public boolean back() {
        if (run == null || finished.get() || !run.back()) {
            return false;
        }
        stepChanged();
        return true;
    }

    /** Starts the step's timer, or carries on after a pause. */
    public void startTimer() {
        currentTimer().ifPresent(StepTimer::start);
        tick();
    }

    public void pauseTimer() {
        currentTimer().ifPresent(StepTimer::pause);
        tick();
    }

    /** Starts a stopped timer, pauses a running one. */
    public void toggleTimer() {
        if (timerRunning.get()) {
            pauseTimer();
        } else {
            startTimer();
        }
    }

    /** Reads the clock again: the time left, whether it is done, and where the breathing guide is. */
    public void tick() {
        Optional<StepTimer> timer = currentTimer();
        timed.set(timer.isPresent());
        remaining.set(timer.map(t -> clockText(t.remainingSeconds())).orElse(""));
        timerRunning.set(timer.map(StepTimer::running).orElse(false));
        timerDone.set(timer.map(StepTimer::done).orElse(false));
        showBreathing();
    }

    /**
     * Keeps what is written so far as a draft: call it on leaving the screen. Steps moved through keep it already.
     * Nothing is stored when nothing was written, or nothing changed since the last keep.
     */
    public CompletableFuture<Void> keepDraft() {
        if (run == null || finished.get()) {
            return CompletableFuture.completedFuture(null);
        }
        String id = practice.id();
        List<PracticeAnswer> answers = run.answers();
        boolean nothingWritten = answers.stream().allMatch(a -> a.answer().isBlank());
        if (answers.equals(kept.get(id)) || (nothingWritten && !draftIds.containsKey(id))) {
            return CompletableFuture.completedFuture(null);
        }
        kept.put(id, answers);
        CompletableFuture<Void> done = keeping.handle((ignored, failure) -> null)
                .thenCompose(ignored -> keeper.keep(draftIds.get(id), id, answers))
                .handleAsync((draftId, failure) -> {
                    if (failure != null) {
                        kept.remove(id);
                        problem.set(Failures.describe(failure, "practices.action.keep"));
                        return null;
                    }
                    if (draftId == null) {
                        draftIds.remove(id);
                    } else {
                        draftIds.put(id, draftId);
                    }
                    return null;
                }, ui);
        keeping = done;
        return done;
    }

    /**
     * Stores the practice with its answers, then shows a kind closing line and what to try next. When it cannot be
     * finished yet, says what it needs instead.
     */
    public CompletableFuture<Void> finish() {
        if (run == null || finished.get() || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        if (!run.canFinish()) {
            problem.set(Messages.get(run.script().writtenSteps() == 0
                    ? "practices.problem.reachTheEnd" : "practices.problem.writeSomething"));
            return CompletableFuture.completedFuture(null);
        }
        Practice finishing = practice;
        String id = finishing.id();
        List<PracticeAnswer> answers = run.answers();
        currentTimer().ifPresent(StepTimer::pause);
        tick();
        problem.set("");
        busy.set(true);
        CompletableFuture<Void> done = keeping.handle((ignored, failure) -> null)
                .thenCompose(ignored -> keeper.finish(draftIds.get(id), id, answers))
                .handleAsync((safety, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        problem.set(Failures.describe(failure, "practices.action.finish"));
                        return null;
                    }
                    runs.remove(id);
                    draftIds.remove(id);
                    kept.remove(id);
                    if (practice == finishing) {
                        finished.set(true);
                        closingLine.set(Messages.get("practices.closing", finishing.title()));
                        nextIdeas.setAll(ideas(finishing));
                        status.set(Messages.get("practices.saved"));
                        goalTitle.set(keeper.suggestedGoalTitle(id, answers).orElse(""));
                        goalOffered.set(finishing.goal().isPresent());
                        loadSeries(finishing);
                    }
                    afterSave.accept(safety == null ? SafetyCheck.CLEAR : safety);
                    return null;
                }, ui);
        keeping = done;
        return done;
    }

    /**
     * Puts the finished practice's plan on the Goals list as a small step, under the title as it stands. A blank title
     * is explained, not stored.
     */
    public CompletableFuture<Void> makeGoal() {
        if (!goalOffered.get() || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        String words = goalTitle.get() == null ? "" : goalTitle.get().strip();
        if (words.isEmpty()) {
            problem.set(Messages.get("practices.goal.titleNeeded"));
            return CompletableFuture.completedFuture(null);
        }
        problem.set("");
        busy.set(true);
        return keeper.makeGoal(practice.id(), words).handleAsync((safety, failure) -> {
            busy.set(false);
            if (failure != null) {
                problem.set(Failures.describe(failure, "practices.action.goal"));
                return null;
            }
            goalOffered.set(false);
            status.set(Messages.get("practices.goal.made", words));
            afterGoal.accept(safety == null ? SafetyCheck.CLEAR : safety);
            return null;
        }, ui);
    }

    /** Next on a step before the last, finish on the last: what Ctrl+Enter does. */
    public void advance() {
        if (run == null || finished.get()) {
            return;
        }
        if (!run.isLast()) {
            next();
        } else {
            finish();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void stepChanged() {
        breathingFrom = Duration.ZERO;
        showStep();
        keepDraft();
    }

    private void showStep() {
        int index = run.index();
        PracticeScript.Step step = run.current();
        PracticeStep source = practice.steps().get(index);
        stepIndex.set(index);
        stepLabel.set(Messages.get("practices.step", index + 1, run.stepCount()));
        prompt.set(step.prompt());
        example.set(source.example() == null || source.example().isBlank()
                ? "" : Messages.get("practices.example", source.example().strip()));
        written.set(step.written());
        first.set(run.isFirst());
        last.set(run.isLast());
        applying = true;
        try {
            answer.set(run.answerAt(index));
        } finally {
            applying = false;
        }
        breathing.set(practice.breathingGuide().isPresent() && index == guideStep(practice));
        canFinish.set(run.canFinish());
        problem.set("");
        tick();
        stepsShown.set(stepsShown.get() + 1);
    }

    private void typed(String text) {
        if (applying || run == null || finished.get() || !run.current().written()) {
            return;
        }
        run.write(text);
        canFinish.set(run.canFinish());
        if (!problem.get().isEmpty() && run.canFinish()) {
            problem.set("");
        }
    }

    private void choosePattern(BreathingPattern old, BreathingPattern chosen) {
        if (applying || chosen == null || chosen.equals(old)) {
            return;
        }
        applying = true;
        try {
            showPatternParts(chosen);
        } finally {
            applying = false;
        }
        breathingFrom = currentTimer().map(StepTimer::elapsed).orElse(Duration.ZERO);
        showBreathing();
    }

    private void showPatternParts(BreathingPattern shown) {
        if (shown != null) {
            inhale.set(shown.inhale());
            holdIn.set(shown.holdIn());
            exhale.set(shown.exhale());
            holdOut.set(shown.holdOut());
        }
    }

    /** One of the four parts was changed: the guide follows the person's own pattern from a breath in. */
    private void adjusted() {
        if (applying || pattern.get() == null) {
            return;
        }
        int in = Math.max(1, Math.min(LONGEST_PART, inhale.get()));
        int hold = Math.max(0, Math.min(LONGEST_PART, holdIn.get()));
        int out = Math.max(1, Math.min(LONGEST_PART, exhale.get()));
        int rest = Math.max(0, Math.min(LONGEST_PART, holdOut.get()));
        BreathingPattern current = pattern.get();
        if (current.inhale() == in && current.holdIn() == hold && current.exhale() == out && current.holdOut() == rest) {
            return;
        }
        BreathingPattern own = new BreathingPattern(OWN_PATTERN, Messages.get("practices.breathing.own", in, hold, out, rest),
                in, hold, out, rest);
        applying = true;
        try {
            patterns.removeIf(known -> OWN_PATTERN.equals(known.id()));
            patterns.add(own);
            pattern.set(own);
            showPatternParts(own);
        } finally {
            applying = false;
        }
        breathingFrom = currentTimer().map(StepTimer::elapsed).orElse(Duration.ZERO);
        showBreathing();
    }

    /** Reads how far through its days a practice done over several days is, and says it, with the day's focus. */
    private void loadSeries(Practice showing) {
        series.set(null);
        seriesText.set("");
        seriesFocus.set("");
        if (showing.days().isEmpty()) {
            return;
        }
        keeper.seriesProgress(showing.id()).handleAsync((progress, failure) -> {
            if (practice != showing) {
                return null;
            }
            if (failure != null) {
                problem.set(Failures.describe(failure, "practices.action.series"));
                return null;
            }
            progress.ifPresent(found -> showSeries(showing.days().get(), found));
            return null;
        }, ui);
    }

    private void showSeries(PracticeSeries plan, SeriesProgress progress) {
        series.set(progress);
        if (progress.complete()) {
            seriesText.set(Messages.get("practices.series.complete", progress.days()));
            seriesFocus.set("");
            return;
        }
        int day = progress.doneToday() ? progress.daysDone() : progress.nextDay();
        seriesText.set(progress.doneToday()
                ? Messages.get("practices.series.today", progress.daysDone(), progress.days())
                : Messages.get("practices.series.day", day, progress.days(), plan.minutesPerDay()));
        List<String> focus = plan.focus();
        seriesFocus.set(day >= 1 && day <= focus.size() ? Messages.get("practices.series.focus", focus.get(day - 1)) : "");
    }

    /**
     * Carries on from a draft kept in an earlier session, if there is one and nothing has been written in this run
     * meanwhile: its answers come back, and later keeps update that draft rather than start another.
     */
    private void carryOn(Practice opened, PracticeRun fresh) {
        keeper.draft(opened.id()).handleAsync((draft, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "practices.action.draft"));
                return null;
            }
            boolean untouched = fresh.answers().stream().allMatch(a -> a.answer().isBlank());
            if (draft.isEmpty() || runs.get(opened.id()) != fresh || draftIds.containsKey(opened.id()) || !untouched) {
                return null;
            }
            PracticeResponse earlier = draft.get();
            fresh.restore(earlier.answers());
            draftIds.put(opened.id(), earlier.entryId());
            kept.put(opened.id(), fresh.answers());
            if (run == fresh && !finished.get()) {
                applying = true;
                try {
                    answer.set(fresh.answerAt(fresh.index()));
                } finally {
                    applying = false;
                }
                canFinish.set(fresh.canFinish());
                status.set(Messages.get("practices.draft.back", DAY.format(earlier.date())));
            }
            return null;
        }, ui);
    }

    private void showBreathing() {
        BreathingPattern chosen = pattern.get();
        if (!breathing.get() || chosen == null) {
            breathingMoment.set(null);
            breathingText.set("");
            guideScale.set(1);
            return;
        }
        Duration elapsed = currentTimer().map(StepTimer::elapsed).orElse(Duration.ZERO).minus(breathingFrom);
        BreathingRhythm.Moment moment = chosen.rhythm().at(elapsed.isNegative() ? Duration.ZERO : elapsed);
        String part = Messages.get("practices.breathing." + partKey(moment.part()));
        breathingMoment.set(new BreathingMoment(part, moment.secondsLeft(), moment.fullness(), moment.round()));
        breathingText.set(Messages.get("practices.breathing.moment", part, moment.secondsLeft()));
        guideScale.set(reducedMotion.get() ? 1 : EMPTY_SCALE + (1 - EMPTY_SCALE) * moment.fullness());
    }

    private Optional<StepTimer> currentTimer() {
        return run == null ? Optional.empty() : run.timer();
    }

    /**
     * The step a breathing practice's guide belongs on: its longest timed step (the rounds of breathing, not the
     * short settling after them); the first step when none is timed.
     */
    static int guideStep(Practice practice) {
        List<PracticeStep> steps = practice.steps();
        int best = 0;
        int longest = 0;
        for (int i = 0; i < steps.size(); i++) {
            Integer seconds = steps.get(i).timerSeconds();
            if (seconds != null && seconds > longest) {
                longest = seconds;
                best = i;
            }
        }
        return best;
    }

    private static String partKey(BreathingRhythm.Part part) {
        switch (part) {
            case IN:
                return "in";
            case OUT:
                return "out";
            case HOLD_IN:
                return "hold";
            default:
                return "rest";
        }
    }

    /** Whole seconds as mm:ss: 600 is "10:00", 0 is "00:00". */
    static String clockText(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    private List<NextIdea> ideas(Practice done) {
        List<NextIdea> ideas = new ArrayList<>();
        for (String followUp : done.followUps()) {
            if (Practice.isPracticeId(followUp)) {
                content.practice(followUp).ifPresent(next ->
                        ideas.add(new NextIdea(next.id(), Messages.get("practices.next.practice", next.title()))));
            } else {
                ideas.add(new NextIdea(null, followUp));
            }
        }
        return List.copyOf(ideas);
    }

    private static PracticeRow row(Practice practice) {
        return new PracticeRow(practice.id(), practice.title(), Messages.get("practices.minutes", practice.minutes()),
                practice.why());
    }
}
