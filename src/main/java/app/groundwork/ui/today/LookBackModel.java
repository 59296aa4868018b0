package app.groundwork.ui.today;

import app.groundwork.Messages;
import app.groundwork.domain.Reframe;
import app.groundwork.service.ReframeService;
import app.groundwork.ui.common.Failures;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Today's look back at a thought reframed a few days ago: how much is the old thought still believed? One at a time,
 * the oldest due first; the person may answer or let it go, and either way it is not asked again.
 */
public final class LookBackModel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault());

    private final ReframeService reframes;
    private final Executor ui;
    private final ObjectProperty<Reframe> due = new SimpleObjectProperty<>(this, "due");
    private final ObjectProperty<Integer> belief = new SimpleObjectProperty<>(this, "belief");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty answered = new SimpleStringProperty(this, "answered", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    public LookBackModel(ReframeService reframes, Executor ui) {
        this.reframes = reframes;
        this.ui = ui;
    }

    /** The record being looked back on; {@code null} when none is due. */
    public ReadOnlyObjectProperty<Reframe> dueProperty() {
        return due;
    }

    /** "On 14 Mar you answered the thought …": what is being asked about. */
    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** How much the old thought is believed now, 0–100; {@code null} until the person moves the slider. */
    public ObjectProperty<Integer> beliefProperty() {
        return belief;
    }

    /** A word of thanks after an answer, with the change since the record; empty otherwise. */
    public ReadOnlyStringProperty answeredProperty() {
        return answered;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public CompletableFuture<Void> refresh() {
        return reframes.followUpsDue().handleAsync((found, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.load"));
                return null;
            }
            problem.set("");
            answered.set("");
            show(found);
            return null;
        }, ui);
    }

    /** Keeps the answer; the next look back due, if any, takes its place. */
    public CompletableFuture<Void> answer() {
        Reframe record = due.get();
        Integer now = belief.get();
        if (record == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (now == null) {
            problem.set(Messages.get("today.lookBack.moveSlider"));
            return CompletableFuture.completedFuture(null);
        }
        return close(reframes.answerFollowUp(record.id(), now), record, now);
    }

    /** Lets this look back go without an answer. */
    public CompletableFuture<Void> letGo() {
        Reframe record = due.get();
        if (record == null) {
            return CompletableFuture.completedFuture(null);
        }
        return close(reframes.letFollowUpGo(record.id()), record, null);
    }

    private CompletableFuture<Void> close(CompletableFuture<Optional<Reframe>> closing, Reframe record, Integer now) {
        return closing.thenCompose(done -> reframes.followUpsDue()).handleAsync((next, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.save"));
                return null;
            }
            problem.set("");
            Integer atStart = record.content().beliefBefore();
            answered.set(now == null ? "" : atStart == null
                    ? Messages.get("today.lookBack.thanks", now)
                    : Messages.get("today.lookBack.thanksChange", atStart, now));
            show(next);
            return null;
        }, ui);
    }

    private void show(List<Reframe> found) {
        Reframe first = found.isEmpty() ? null : found.get(0);
        belief.set(null);
        due.set(first);
        text.set(first == null ? "" : Messages.get("today.lookBack.text", DAY.format(first.date()),
                first.content().thought().strip()));
    }
}
