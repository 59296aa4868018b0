package app.groundwork.ui.reframe;

import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.Emotion;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Saved;
import app.groundwork.domain.TextRules;
import app.groundwork.domain.TrapChoice;
import app.groundwork.domain.TrapSuggestion;
import app.groundwork.service.ReframeService;
import app.groundwork.ui.common.EmotionChoice;
import app.groundwork.ui.common.Failures;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The thought record as the Reframe screen walks through it: the fields of every step, the trap suggestions waiting
 * for a yes or no, where the person is, and keeping the record safe. A record is stored from its first word and kept
 * again shortly after typing pauses, on every step change and when the screen is left, so nothing typed is lost; it
 * is finished only when the person says so. No controls here, so it is tested without a display.
 */
public final class ReframeViewModel {
    public static final int DEFAULT_INTENSITY = 50;
    public static final int DEFAULT_FOLLOW_UP_DAYS = 3;

    private final ReframeService reframes;
    private final ContentLibrary content;
    private final Function<String, List<TrapSuggestion>> suggester;
    private final Executor ui;
    private final Clock clock;

    private final ObjectProperty<ReframeStep> step = new SimpleObjectProperty<>(this, "step", ReframeStep.SITUATION);
    private final StringProperty situation = new SimpleStringProperty(this, "situation", "");
    private final StringProperty thought = new SimpleStringProperty(this, "thought", "");
    private final ObservableList<EmotionChoice> emotionsBefore = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.intensityProperty()});
    private final ObjectProperty<Integer> beliefBefore = new SimpleObjectProperty<>(this, "beliefBefore");
    private final ObservableList<TrapPick> traps = FXCollections.observableArrayList();
    private final ObservableList<TrapPick> suggestions = FXCollections.observableArrayList();
    private final StringProperty evidenceFor = new SimpleStringProperty(this, "evidenceFor", "");
    private final StringProperty evidenceAgainst = new SimpleStringProperty(this, "evidenceAgainst", "");
    private final StringProperty friendAnswer = new SimpleStringProperty(this, "friendAnswer", "");
    private final StringProperty alternative = new SimpleStringProperty(this, "alternative", "");
    private final ObservableList<EmotionChoice> emotionsAfter = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.intensityProperty()});
    private final ObjectProperty<Integer> beliefAfter = new SimpleObjectProperty<>(this, "beliefAfter");
    private final BooleanProperty followUp = new SimpleBooleanProperty(this, "followUp", true);
    private final ObjectProperty<Integer> followUpDays =
            new SimpleObjectProperty<>(this, "followUpDays", DEFAULT_FOLLOW_UP_DAYS);

    private final ObjectProperty<Long> recordId = new SimpleObjectProperty<>(this, "recordId");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty keptStatus = new SimpleStringProperty(this, "keptStatus", "");
    private final ObjectProperty<Reframe> finished = new SimpleObjectProperty<>(this, "finished");
    private final ObservableList<Reframe> inProgress = FXCollections.observableArrayList();
    private final ObservableList<Reframe> inProgressView = FXCollections.unmodifiableObservableList(inProgress);
    private final ObservableList<TrapPick> trapsView = FXCollections.unmodifiableObservableList(traps);
    private final ObservableList<TrapPick> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final LongProperty edits = new SimpleLongProperty(this, "edits");
    /** Suggestions the person said no to, for this thought; they are not offered again while it stays the same. */
    private final Set<String> declined = new HashSet<>();
    /** Phrases the support panel has already been shown for, in this record. */
    private final Set<String> supportShownFor = new HashSet<>();
    private Runnable openSupport = () -> { };
    private Runnable afterSave = () -> { };
    private boolean loading;
    private long keptAtEdit;
    private String suggestedFor = "";
    /** The writes of this screen, one after another, so a record is never inserted twice. */
    private CompletableFuture<?> lastWrite = CompletableFuture.completedFuture(null);

    public ReframeViewModel(ReframeService reframes, ContentLibrary content,
                            Function<String, List<TrapSuggestion>> suggester, Executor ui, Clock clock) {
        this.reframes = reframes;
        this.content = content;
        this.suggester = suggester;
        this.ui = ui;
        this.clock = clock;
        // change listeners, not invalidation listeners: see CheckInViewModel
        for (ObservableValue<?> field : List.<ObservableValue<?>>of(situation, thought, beliefBefore, evidenceFor,
                evidenceAgainst, friendAnswer, alternative, beliefAfter, followUp, followUpDays)) {
            field.addListener((obs, old, now) -> edited());
        }
        for (Observable list : List.<Observable>of(emotionsBefore, traps, emotionsAfter)) {
            list.addListener(changed -> edited());
        }
    }

    /** Opens the support panel; runs when a step or finish finds words of crisis not seen before in this record. */
    public void setOpenSupport(Runnable openSupport) {
        this.openSupport = openSupport;
    }

    /** Runs on the UI thread after a record is finished, for example to refresh Today and the Journal. */
    public void setAfterSave(Runnable afterSave) {
        this.afterSave = afterSave;
    }

    private void edited() {
        if (!loading) {
            edits.set(edits.get() + 1);
            problem.set("");
        }
    }

    // ---- the fields -------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ReframeStep> stepProperty() {
        return step;
    }

    public StringProperty situationProperty() {
        return situation;
    }

    public StringProperty thoughtProperty() {
        return thought;
    }

    public ObservableList<EmotionChoice> emotionsBefore() {
        return emotionsBefore;
    }

    /** How much the thought is believed at first, 0–100; {@code null} until the person rates it. */
    public ObjectProperty<Integer> beliefBeforeProperty() {
        return beliefBefore;
    }

    /** The traps the person has chosen (or said yes to), in the order chosen. */
    public ObservableList<TrapPick> traps() {
        return trapsView;
    }

    /** Traps suggested from the thought's words and not yet answered. */
    public ObservableList<TrapPick> suggestions() {
        return suggestionsView;
    }

    public StringProperty evidenceForProperty() {
        return evidenceFor;
    }

    public StringProperty evidenceAgainstProperty() {
        return evidenceAgainst;
    }

    public StringProperty friendAnswerProperty() {
        return friendAnswer;
    }

    public StringProperty alternativeProperty() {
        return alternative;
    }

    public ObservableList<EmotionChoice> emotionsAfter() {
        return emotionsAfter;
    }

    public ObjectProperty<Integer> beliefAfterProperty() {
        return beliefAfter;
    }

    /** Whether Today should ask about this thought again later. */
    public BooleanProperty followUpProperty() {
        return followUp;
    }

    public ObjectProperty<Integer> followUpDaysProperty() {
        return followUpDays;
    }

    public List<Emotion> knownEmotions() {
        return content.emotions();
    }

    // ---- state ------------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Long> recordIdProperty() {
        return recordId;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What stops the record from moving on or finishing; empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** "Kept at 14:32": reassurance that typing is safe. */
    public ReadOnlyStringProperty keptStatusProperty() {
        return keptStatus;
    }

    /** The record just finished, for the closing summary; {@code null} while one is being written. */
    public ReadOnlyObjectProperty<Reframe> finishedProperty() {
        return finished;
    }

    /** Other records not finished yet, the most recent first (never the one on screen). */
    public ObservableList<Reframe> inProgress() {
        return inProgressView;
    }

    /** Counts changes, so the view can keep the record a moment after typing pauses. */
    public ReadOnlyLongProperty editsProperty() {
        return edits;
    }

    // ---- steps ------------------------------------------------------------------------------------------------

    /** Moves on, keeping the record first; the last step's next is {@link #finish}. */
    public CompletableFuture<Void> next() {
        return goTo(step.get().next());
    }

    public CompletableFuture<Void> back() {
        return goTo(step.get().previous());
    }

    /** Any step can be visited in any order; what was typed is kept on the way. */
    public CompletableFuture<Void> goTo(ReframeStep target) {
        problem.set("");
        // ready before the step shows, so the screen can offer the first suggestion straight away
        if (target == ReframeStep.TRAPS) {
            refreshSuggestions();
        }
        if (target == ReframeStep.AFTER) {
            offerEmotionsAgain();
        }
        step.set(target);
        return keep(true);
    }

    // ---- traps ------------------------------------------------------------------------------------------------

    /** The catalogue trap with this id is chosen (or, chosen already, let go). */
    public void toggleTrap(String id) {
        TrapChoice choice = TrapChoice.known(id, false);
        if (!traps.removeIf(pick -> pick.sameTrap(choice))) {
            traps.add(new TrapPick(choice, trapName(id), List.of()));
            suggestions.removeIf(pick -> pick.sameTrap(choice));
        }
    }

    public boolean hasTrap(String id) {
        TrapChoice choice = TrapChoice.known(id, false);
        return traps.stream().anyMatch(pick -> pick.sameTrap(choice));
    }

    /** Yes to a suggestion: it joins the chosen traps, marked as suggested. */
    public void acceptSuggestion(TrapPick suggestion) {
        if (suggestions.remove(suggestion)) {
            TrapChoice choice = TrapChoice.known(suggestion.choice().trap(), true);
            traps.removeIf(pick -> pick.sameTrap(choice));
            traps.add(new TrapPick(choice, suggestion.label(), suggestion.because()));
        }
    }

    /** No to a suggestion: it goes, and is not offered again for this thought. */
    public void declineSuggestion(TrapPick suggestion) {
        if (suggestions.remove(suggestion)) {
            declined.add(suggestion.choice().trap());
        }
    }

    /** Adds a trap in the person's own words; returns false (and says why) when it cannot be added. */
    public boolean addCustomTrap(String typed) {
        String words = typed == null ? "" : typed.strip();
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.checkLabel("traps", words, problems);
        TrapChoice choice = TrapChoice.custom(words);
        if (problems.isEmpty() && traps.stream().anyMatch(pick -> pick.sameTrap(choice) || pick.label().equalsIgnoreCase(words))) {
            problems.add(FieldProblem.of("traps", "problem.trap.twice", words));
        }
        if (!problems.isEmpty()) {
            problem.set(Messages.describe(problems));
            return false;
        }
        traps.add(new TrapPick(choice, words, List.of()));
        return true;
    }

    public void removeTrap(TrapPick pick) {
        traps.remove(pick);
    }

    private void refreshSuggestions() {
        String words = thought.get();
        if (!words.equals(suggestedFor)) {
            declined.clear();
            suggestedFor = words;
        }
        List<TrapPick> offered = new ArrayList<>();
        for (TrapSuggestion suggestion : suggester.apply(words)) {
            TrapChoice choice = TrapChoice.known(suggestion.trapId(), true);
            boolean answered = declined.contains(suggestion.trapId()) || traps.stream().anyMatch(pick -> pick.sameTrap(choice));
            if (!answered) {
                offered.add(new TrapPick(choice, trapName(suggestion.trapId()), suggestion.because()));
            }
        }
        suggestions.setAll(offered);
    }

    private String trapName(String id) {
        return content.thinkingTrap(id).map(trap -> trap.name()).orElse(id);
    }

    // ---- emotions ---------------------------------------------------------------------------------------------

    public boolean hasEmotion(boolean after, String id) {
        return emotions(after).stream().anyMatch(choice -> !choice.custom() && choice.name().equals(id));
    }

    public void toggleEmotion(boolean after, String id) {
        ObservableList<EmotionChoice> list = emotions(after);
        if (!list.removeIf(choice -> !choice.custom() && choice.name().equals(id))) {
            list.add(new EmotionChoice(id, false, emotionLabel(id), DEFAULT_INTENSITY));
        }
    }

    public boolean addCustomEmotion(boolean after, String typed) {
        String word = typed == null ? "" : typed.strip();
        String field = after ? "emotionsAfter" : "emotionsBefore";
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.checkLabel(field, word, problems);
        if (problems.isEmpty() && emotions(after).stream().anyMatch(choice -> choice.label().equalsIgnoreCase(word))) {
            problems.add(FieldProblem.of(field, "problem.emotion.twice", word));
        }
        if (!problems.isEmpty()) {
            problem.set(Messages.describe(problems));
            return false;
        }
        emotions(after).add(new EmotionChoice(word, true, word, DEFAULT_INTENSITY));
        return true;
    }

    public void removeEmotion(boolean after, EmotionChoice choice) {
        emotions(after).remove(choice);
    }

    private ObservableList<EmotionChoice> emotions(boolean after) {
        return after ? emotionsAfter : emotionsBefore;
    }

    /** At the last step the feelings named at the start are offered again, at their first strength, to re-rate. */
    private void offerEmotionsAgain() {
        for (EmotionChoice before : emotionsBefore) {
            boolean there = emotionsAfter.stream()
                    .anyMatch(after -> after.custom() == before.custom() && after.name().equalsIgnoreCase(before.name()));
            if (!there) {
                emotionsAfter.add(new EmotionChoice(before.name(), before.custom(), before.label(),
                        before.intensityProperty().get()));
            }
        }
        if (beliefAfter.get() == null && beliefBefore.get() != null) {
            beliefAfter.set(beliefBefore.get());
        }
    }

    private String emotionLabel(String id) {
        return content.emotion(id).map(Emotion::label).orElse(id);
    }

    // ---- keeping and finishing ---------------------------------------------------------------------------------

    /** Keeps the record as it stands if anything changed: shortly after typing pauses, and on leaving the screen or the app. */
    public CompletableFuture<Void> keep() {
        return keep(false);
    }

    /**
     * @param atStep true when the person moved between steps: then new words of crisis open the support panel
     */
    private CompletableFuture<Void> keep(boolean atStep) {
        long editsNow = edits.get();
        ReframeStep where = step.get();
        if (finished.get() != null || (!atStep && editsNow == keptAtEdit)) {
            // nothing new since the last keep (the window may even have closed the journal meanwhile)
            return CompletableFuture.completedFuture(null);
        }
        keptAtEdit = editsNow;
        ReframeContent record = snapshot();
        CompletableFuture<Void> write = lastWrite.handle((previous, failure) -> null)
                .thenCompose(ready -> reframes.keep(recordId.get(), record, where))
                .handleAsync((kept, failure) -> {
                    if (failure != null) {
                        Throwable cause = Failures.unwrap(failure);
                        problem.set(cause instanceof InvalidEntryException invalid
                                ? Messages.describe(invalid.problems())
                                : Failures.describe(failure, "action.keep"));
                        return null;
                    }
                    if (kept.isEmpty() && recordId.get() != null) {
                        // deleted in the Journal while open here: what is on screen becomes a new record at the next keep
                        recordId.set(null);
                        keptAtEdit = -1;
                        problem.set(Messages.get("reframe.deletedMeanwhile"));
                    }
                    kept.ifPresent(saved -> {
                        recordId.set(saved.entry().id());
                        keptStatus.set(Messages.get("reframe.kept", now()));
                        if (atStep) {
                            supportIfNew(saved.safety());
                        }
                    });
                    return null;
                }, ui);
        lastWrite = write;
        return write;
    }

    /** Finishes the record: it needs the thought and a kinder answer, and says so by field when either is missing. */
    public CompletableFuture<Optional<Reframe>> finish() {
        ReframeContent record = snapshot();
        busy.set(true);
        CompletableFuture<Optional<Reframe>> write = lastWrite.handle((previous, failure) -> null)
                .thenCompose(ready -> reframes.finish(recordId.get(), record))
                .handleAsync((saved, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        Throwable cause = Failures.unwrap(failure);
                        if (cause instanceof InvalidEntryException invalid) {
                            problem.set(Messages.describe(invalid.problems()));
                            stepOfFirstProblem(invalid.problems()).ifPresent(step::set);
                        } else {
                            problem.set(Failures.describe(failure, "action.save"));
                        }
                        return Optional.<Reframe>empty();
                    }
                    keptAtEdit = edits.get();
                    finished.set(saved.entry());
                    supportIfNew(saved.safety());
                    afterSave.run();
                    return Optional.of(saved.entry());
                }, ui);
        lastWrite = write;
        return write;
    }

    /** Clears the screen for a new record; the one just finished (or left) stays in the journal. */
    public CompletableFuture<Void> startNew() {
        CompletableFuture<Void> kept = keep();
        clear();
        return kept.thenCompose(done -> refresh());
    }

    /** Opens a stored record where it was left (a finished one at its last step, to change it). */
    public CompletableFuture<Void> open(long id) {
        CompletableFuture<Void> kept = keep();
        return kept.thenCompose(done -> reframes.find(id)).handleAsync((found, failure) -> {
            if (failure != null || found.isEmpty()) {
                problem.set(failure != null ? Failures.describe(failure, "action.open") : Messages.get("reframe.gone"));
                return null;
            }
            fill(found.get());
            return null;
        }, ui).thenCompose(done -> refresh());
    }

    /** Reloads the list of unfinished records. */
    public CompletableFuture<Void> refresh() {
        return reframes.inProgress().handleAsync((records, failure) -> {
            if (failure == null) {
                Long current = recordId.get();
                inProgress.setAll(records.stream().filter(record -> current == null || record.id() != current).toList());
            }
            return null;
        }, ui);
    }

    /** How much the thought's grip eased in the record just finished, in words; empty when not rated at both ends. */
    public String finishedSummary() {
        Reframe done = finished.get();
        if (done == null) {
            return "";
        }
        ReframeContent c = done.content();
        List<String> lines = new ArrayList<>();
        if (c.beliefBefore() != null && c.beliefAfter() != null) {
            lines.add(Messages.get("reframe.done.belief", c.beliefBefore(), c.beliefAfter()));
        }
        c.distressDrop().ifPresent(drop -> lines.add(drop > 0
                ? Messages.get("reframe.done.eased", Math.round(drop))
                : Messages.get("reframe.done.notEased")));
        if (done.followUp() != null) {
            lines.add(Messages.get("reframe.done.followUp", c.followUpDays()));
        }
        return String.join("\n", lines);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void supportIfNew(SafetyCheck safety) {
        if (!safety.flagged()) {
            return;
        }
        List<String> phrases = safety.matchedPhrases();
        boolean anyNew = phrases.isEmpty() || phrases.stream().anyMatch(phrase -> !supportShownFor.contains(phrase));
        supportShownFor.addAll(phrases);
        if (anyNew) {
            openSupport.run();
        }
    }

    private static Optional<ReframeStep> stepOfFirstProblem(List<FieldProblem> problems) {
        return problems.stream().findFirst().map(first -> switch (first.field()) {
            case "situation" -> ReframeStep.SITUATION;
            case "thought" -> ReframeStep.THOUGHT;
            case "emotionsBefore", "beliefBefore" -> ReframeStep.BEFORE;
            case "traps" -> ReframeStep.TRAPS;
            case "evidenceFor", "evidenceAgainst" -> ReframeStep.EVIDENCE;
            case "friendAnswer" -> ReframeStep.FRIEND;
            case "alternative" -> ReframeStep.ALTERNATIVE;
            default -> ReframeStep.AFTER;
        });
    }

    ReframeContent snapshot() {
        return new ReframeContent(situation.get(), thought.get(),
                emotionsBefore.stream().map(EmotionChoice::toRating).toList(), beliefBefore.get(),
                traps.stream().map(TrapPick::choice).toList(),
                evidenceFor.get(), evidenceAgainst.get(), friendAnswer.get(), alternative.get(),
                emotionsAfter.stream().map(EmotionChoice::toRating).toList(), beliefAfter.get(),
                followUp.get() ? followUpDays.get() : null);
    }

    private void fill(Reframe record) {
        ReframeContent c = record.content();
        loading = true;
        try {
            finished.set(null);
            recordId.set(record.id());
            situation.set(c.situation());
            thought.set(c.thought());
            emotionsBefore.setAll(c.emotionsBefore().stream().map(this::choiceOf).toList());
            beliefBefore.set(c.beliefBefore());
            traps.setAll(c.traps().stream().map(choice -> new TrapPick(choice,
                    choice.custom() ? choice.trap() : trapName(choice.trap()), List.of())).toList());
            suggestions.clear();
            declined.clear();
            suggestedFor = "";
            evidenceFor.set(c.evidenceFor());
            evidenceAgainst.set(c.evidenceAgainst());
            friendAnswer.set(c.friendAnswer());
            alternative.set(c.alternative());
            emotionsAfter.setAll(c.emotionsAfter().stream().map(this::choiceOf).toList());
            beliefAfter.set(c.beliefAfter());
            followUp.set(record.finished() ? c.followUpDays() != null : true);
            followUpDays.set(c.followUpDays() != null ? c.followUpDays() : DEFAULT_FOLLOW_UP_DAYS);
            supportShownFor.clear();
            step.set(record.step());
            problem.set("");
            keptStatus.set(Messages.get("reframe.resumed"));
        } finally {
            loading = false;
        }
        keptAtEdit = edits.get();
        if (record.step() == ReframeStep.TRAPS) {
            refreshSuggestions();
        }
    }

    private void clear() {
        loading = true;
        try {
            finished.set(null);
            recordId.set(null);
            situation.set("");
            thought.set("");
            emotionsBefore.clear();
            beliefBefore.set(null);
            traps.clear();
            suggestions.clear();
            declined.clear();
            suggestedFor = "";
            evidenceFor.set("");
            evidenceAgainst.set("");
            friendAnswer.set("");
            alternative.set("");
            emotionsAfter.clear();
            beliefAfter.set(null);
            followUp.set(true);
            followUpDays.set(DEFAULT_FOLLOW_UP_DAYS);
            supportShownFor.clear();
            step.set(ReframeStep.SITUATION);
            problem.set("");
            keptStatus.set("");
        } finally {
            loading = false;
        }
        keptAtEdit = edits.get();
    }

    private EmotionChoice choiceOf(EmotionRating rating) {
        String label = rating.custom() ? rating.name() : emotionLabel(rating.name());
        return new EmotionChoice(rating.name(), rating.custom(), label, rating.intensity());
    }

    private String now() {
        return LocalTime.now(clock).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.getDefault()));
    }
}
