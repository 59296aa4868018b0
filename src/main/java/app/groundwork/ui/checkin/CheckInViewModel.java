package app.groundwork.ui.checkin;

import app.groundwork.Messages;
import app.groundwork.content.BodySignal;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.Emotion;
import app.groundwork.content.LifeArea;
import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckIn;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.CheckInDraft;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Saved;
import app.groundwork.domain.Tags;
import app.groundwork.domain.TextRules;
import app.groundwork.insight.CheckInResponder;
import app.groundwork.insight.ResponseChoice;
import app.groundwork.service.CheckInService;
import app.groundwork.ui.common.EmotionChoice;
import app.groundwork.ui.common.Failures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.collections.ObservableSet;

/**
 * The check-in form: its fields, what is wrong with them, saving and the reply after saving, editing a stored
 * check-in, and the draft that keeps every keystroke safe. No controls here, so it is tested without a display.
 */
public final class CheckInViewModel {
    public static final int DEFAULT_INTENSITY = 50;

    private final CheckInService checkIns;
    private final ContentLibrary content;
    private final CheckInResponder responder;
    private final Executor ui;
    private final Clock clock;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ObjectProperty<Integer> mood = new SimpleObjectProperty<>(this, "mood");
    private final ObjectProperty<Integer> selfTrust = new SimpleObjectProperty<>(this, "selfTrust");
    private final ObjectProperty<Integer> energy = new SimpleObjectProperty<>(this, "energy");
    private final ObjectProperty<Double> sleepHours = new SimpleObjectProperty<>(this, "sleepHours");
    private final ObservableList<EmotionChoice> emotions = FXCollections.observableArrayList(
            choice -> new Observable[] {choice.intensityProperty()});
    private final ObservableList<BodySignalMark> bodySignals = FXCollections.observableArrayList();
    private final ObservableSet<String> lifeAreas = FXCollections.observableSet();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final StringProperty tagsText = new SimpleStringProperty(this, "tagsText", "");

    private final ObjectProperty<Long> editingId = new SimpleObjectProperty<>(this, "editingId");
    private final ObjectProperty<LocalTime> editingTime = new SimpleObjectProperty<>(this, "editingTime");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObservableList<String> problemFields = FXCollections.observableArrayList();
    /** What problemFields() hands out: one read-only view, so listeners on it stay attached. */
    private final ObservableList<String> problemFieldsView = FXCollections.unmodifiableObservableList(problemFields);
    private final ObjectProperty<ResponseChoice> reply = new SimpleObjectProperty<>(this, "reply");
    private final ObjectProperty<CheckInDraft> offeredDraft = new SimpleObjectProperty<>(this, "offeredDraft");
    private final StringProperty draftStatus = new SimpleStringProperty(this, "draftStatus", "");
    private final LongProperty edits = new SimpleLongProperty(this, "edits");
    private final BooleanBinding canSave;
    private Consumer<SafetyCheck> afterSave = safety -> { };
    private boolean loading;
    private long keptAtEdit;

    public CheckInViewModel(CheckInService checkIns, ContentLibrary content, CheckInResponder responder, Executor ui, Clock clock) {
        this.checkIns = checkIns;
        this.content = content;
        this.responder = responder;
        this.ui = ui;
        this.clock = clock;
        date.set(LocalDate.now(clock));
        canSave = mood.isNotNull().and(busy.not());
        // change listeners, not invalidation listeners: a value set while loading is never read back, and an
        // invalidation listener would then stay silent for the person's next change
        for (ObservableValue<?> field : List.<ObservableValue<?>>of(date, mood, selfTrust, energy, sleepHours, note, tagsText)) {
            field.addListener((obs, old, now) -> edited());
        }
        for (Observable list : List.<Observable>of(emotions, bodySignals, lifeAreas)) {
            list.addListener(changed -> edited());
        }
    }

    private void edited() {
        if (!loading) {
            edits.set(edits.get() + 1);
            problem.set("");
            problemFields.clear();
        }
    }

    /** Called after every successful save, for example to refresh Today. */
    /** Runs on the UI thread after every save, with what the screening noticed (the support panel opens on a flag). */
    public void setAfterSave(Consumer<SafetyCheck> afterSave) {
        this.afterSave = afterSave;
    }

    // ---- the fields -------------------------------------------------------------------------------------------

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<Integer> moodProperty() {
        return mood;
    }

    public ObjectProperty<Integer> selfTrustProperty() {
        return selfTrust;
    }

    public ObjectProperty<Integer> energyProperty() {
        return energy;
    }

    public ObjectProperty<Double> sleepHoursProperty() {
        return sleepHours;
    }

    public ObservableList<EmotionChoice> emotions() {
        return emotions;
    }

    public ObservableList<BodySignalMark> bodySignals() {
        return bodySignals;
    }

    public ObservableSet<String> lifeAreas() {
        return lifeAreas;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty tagsTextProperty() {
        return tagsText;
    }

    public List<Emotion> knownEmotions() {
        return content.emotions();
    }

    public List<BodySignal> knownBodySignals() {
        return content.bodySignals();
    }

    public List<LifeArea> knownLifeAreas() {
        return content.lifeAreas();
    }

    /** A gentle prompt for the note field, changing with the day so it does not go stale. */
    public String notePrompt() {
        var prompts = content.notePrompts();
        return prompts.get(Math.floorMod(LocalDate.now(clock).toEpochDay(), prompts.size())).text();
    }

    public boolean hasEmotion(String id) {
        return emotions.stream().anyMatch(choice -> !choice.custom() && choice.name().equals(id));
    }

    public void toggleEmotion(String id) {
        if (!emotions.removeIf(choice -> !choice.custom() && choice.name().equals(id))) {
            String label = content.emotion(id).map(Emotion::label).orElse(id);
            emotions.add(new EmotionChoice(id, false, label, DEFAULT_INTENSITY));
        }
    }

    /** Adds the person's own emotion word; returns false (and says why) when it cannot be added. */
    public boolean addCustomEmotion(String typed) {
        String word = typed == null ? "" : typed.strip();
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.checkLabel("emotions", word, problems);
        boolean duplicate = emotions.stream().anyMatch(choice -> choice.label().equalsIgnoreCase(word));
        if (!problems.isEmpty() || duplicate) {
            showProblems(duplicate ? List.of(FieldProblem.of("emotions", "problem.emotion.twice", word)) : problems);
            return false;
        }
        emotions.add(new EmotionChoice(word, true, word, DEFAULT_INTENSITY));
        return true;
    }

    public void removeEmotion(EmotionChoice choice) {
        emotions.remove(choice);
    }

    public void toggleBodySignal(String id) {
        BodySignalMark mark = BodySignalMark.known(id);
        if (!bodySignals.remove(mark)) {
            bodySignals.add(mark);
        }
    }

    public boolean addCustomBodySignal(String typed) {
        String words = typed == null ? "" : typed.strip();
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.checkLabel("bodySignals", words, problems);
        boolean duplicate = bodySignals.stream().anyMatch(mark -> mark.name().equalsIgnoreCase(words));
        if (!problems.isEmpty() || duplicate) {
            showProblems(duplicate ? List.of(FieldProblem.of("bodySignals", "problem.bodySignal.twice", words)) : problems);
            return false;
        }
        bodySignals.add(BodySignalMark.custom(words));
        return true;
    }

    public void removeBodySignal(BodySignalMark mark) {
        bodySignals.remove(mark);
    }

    public void toggleLifeArea(String id) {
        if (!lifeAreas.remove(id)) {
            lifeAreas.add(id);
        }
    }

    /** The label of a body signal, known or the person's own. */
    public String labelOf(BodySignalMark mark) {
        return mark.custom() ? mark.name() : content.bodySignal(mark.name()).map(BodySignal::label).orElse(mark.name());
    }

    // ---- state ------------------------------------------------------------------------------------------------

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What stops the check-in from being saved, field by field; empty when nothing does. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ObservableList<String> problemFields() {
        return problemFieldsView;
    }

    /** The reply to the check-in just saved. */
    public ReadOnlyObjectProperty<ResponseChoice> replyProperty() {
        return reply;
    }

    /** A draft from an earlier session that the person may continue or let go. */
    public ReadOnlyObjectProperty<CheckInDraft> offeredDraftProperty() {
        return offeredDraft;
    }

    /** "Draft kept at 14:32": reassurance that typing is safe. */
    public ReadOnlyStringProperty draftStatusProperty() {
        return draftStatus;
    }

    /** Counts changes to the form, so the view can keep the draft a moment after typing pauses. */
    public ReadOnlyLongProperty editsProperty() {
        return edits;
    }

    public ReadOnlyObjectProperty<Long> editingIdProperty() {
        return editingId;
    }

    public BooleanBinding editingBinding() {
        return Bindings.isNotNull(editingId);
    }

    // ---- commands ---------------------------------------------------------------------------------------------

    /** Looks for a draft left from before; offers it rather than filling the form unasked. */
    public CompletableFuture<Void> checkForDraft() {
        return checkIns.draft().handleAsync((draft, failure) -> {
            if (failure == null && draft.isPresent() && snapshot().isEmpty()) {
                offeredDraft.set(draft.get());
            }
            return null;
        }, ui);
    }

    public void continueDraft() {
        CheckInDraft draft = offeredDraft.get();
        if (draft == null) {
            return;
        }
        offeredDraft.set(null);
        fill(draft);
        draftStatus.set(Messages.get("checkin.draft.restored"));
    }

    public CompletableFuture<Void> letDraftGo() {
        CheckInDraft draft = offeredDraft.get();
        offeredDraft.set(null);
        if (draft == null) {
            return CompletableFuture.completedFuture(null);
        }
        return checkIns.discardDraft(draft).handleAsync((done, failure) -> null, ui);
    }

    /** Writes the form as it stands to the draft table; called shortly after typing pauses and on closing. */
    public CompletableFuture<Void> keepDraft() {
        long editsNow = edits.get();
        if (editsNow == keptAtEdit) {
            // untouched since it was filled or last kept: a draft still on offer must not be overwritten
            return CompletableFuture.completedFuture(null);
        }
        keptAtEdit = editsNow;
        CheckInDraft draft = snapshot();
        return checkIns.keepDraft(draft).handleAsync((done, failure) -> {
            if (failure == null && !draft.isEmpty()) {
                draftStatus.set(Messages.get("checkin.draft.kept",
                        LocalTime.now(clock).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.getDefault()))));
            }
            return null;
        }, ui);
    }

    /** Saves (or, when editing, updates) the check-in; on success the form clears and the reply appears. */
    public CompletableFuture<Optional<CheckIn>> save() {
        if (mood.get() == null) {
            showProblems(List.of(FieldProblem.of("mood", "problem.mood.missing")));
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CheckInContent checkIn = toContent();
        busy.set(true);
        CompletableFuture<Optional<Saved<CheckIn>>> saving = editingId.get() == null
                ? checkIns.save(checkIn).thenApply(Optional::of)
                : checkIns.update(editingId.get(), checkIn);
        return saving.handleAsync((stored, failure) -> {
            busy.set(false);
            if (failure != null) {
                Throwable cause = Failures.unwrap(failure);
                if (cause instanceof InvalidEntryException invalid) {
                    showProblems(invalid.problems());
                } else {
                    problem.set(Failures.describe(failure, "action.save"));
                }
                return Optional.<CheckIn>empty();
            }
            if (stored.isEmpty()) {
                problem.set(Messages.get("checkin.gone"));
                return Optional.<CheckIn>empty();
            }
            reply.set(responder.respond(stored.get().entry().content()));
            clear();
            afterSave.accept(stored.get().safety());
            checkForDraft();
            return Optional.of(stored.get().entry());
        }, ui);
    }

    /** Opens a stored check-in in the form to change it; a new check-in being written is kept as its draft first. */
    public CompletableFuture<Void> edit(long id) {
        keepDraft();
        return checkIns.find(id).handleAsync((found, failure) -> {
            if (failure != null || found.isEmpty()) {
                problem.set(failure != null ? Failures.describe(failure, "action.open") : Messages.get("checkin.gone"));
                return null;
            }
            CheckIn checkIn = found.get();
            CheckInContent c = checkIn.content();
            reply.set(null);
            offeredDraft.set(null);
            fill(new CheckInDraft(checkIn.id(), c.date(), c.time(), c.mood(), c.selfTrust(), c.energy(), c.sleepHours(),
                    c.emotions(), c.bodySignals(), c.lifeAreas(), c.note(), Tags.format(c.tags()), Instant.now(clock)));
            return null;
        }, ui);
    }

    /** Leaves an edit unsaved and clears the form; a new check-in's draft, if there is one, is offered again. */
    public CompletableFuture<Void> startNew() {
        CheckInDraft abandoned = snapshot();
        clear();
        reply.set(null);
        return checkIns.discardDraft(abandoned).thenCompose(done -> checkForDraft());
    }

    public void dismissReply() {
        reply.set(null);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void showProblems(List<FieldProblem> problems) {
        problem.set(Messages.describe(problems));
        problemFields.setAll(problems.stream().map(FieldProblem::field).distinct().toList());
    }

    CheckInDraft snapshot() {
        return new CheckInDraft(editingId.get(), date.get(), editingTime.get(), mood.get(), selfTrust.get(), energy.get(), sleepHours.get(),
                emotions.stream().map(EmotionChoice::toRating).toList(), List.copyOf(bodySignals),
                content.lifeAreas().stream().map(LifeArea::id).filter(lifeAreas::contains).toList(),
                note.get(), tagsText.get(), Instant.now(clock));
    }

    private CheckInContent toContent() {
        CheckInDraft form = snapshot();
        LocalTime time = editingTime.get() != null ? editingTime.get() : LocalTime.now(clock);
        LocalDate day = form.date() != null ? form.date() : LocalDate.now(clock);
        return new CheckInContent(day, time, form.mood(), form.selfTrust(), form.energy(), form.sleepHours(),
                form.emotions(), form.bodySignals(), form.lifeAreas(), form.note(), Tags.parse(form.tagsText()));
    }

    private void fill(CheckInDraft draft) {
        loading = true;
        try {
            editingId.set(draft.editingId());
            editingTime.set(draft.editingId() == null ? null : draft.time());
            date.set(draft.date() != null ? draft.date() : LocalDate.now(clock));
            mood.set(draft.mood());
            selfTrust.set(draft.selfTrust());
            energy.set(draft.energy());
            sleepHours.set(draft.sleepHours());
            emotions.setAll(draft.emotions().stream().map(this::choiceOf).toList());
            bodySignals.setAll(draft.bodySignals());
            lifeAreas.clear();
            lifeAreas.addAll(draft.lifeAreas());
            note.set(draft.note());
            tagsText.set(draft.tagsText());
            problem.set("");
            problemFields.clear();
        } finally {
            loading = false;
        }
    }

    private EmotionChoice choiceOf(EmotionRating rating) {
        String label = rating.custom() ? rating.name() : content.emotion(rating.name()).map(Emotion::label).orElse(rating.name());
        return new EmotionChoice(rating.name(), rating.custom(), label, rating.intensity());
    }

    private void clear() {
        fill(new CheckInDraft(null, LocalDate.now(clock), null, null, null, null, null, List.of(), List.of(), List.of(), "", "", Instant.now(clock)));
        draftStatus.set("");
    }
}
