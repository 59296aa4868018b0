package app.groundwork.ui.today;

import app.groundwork.Messages;
import app.groundwork.content.Card;
import app.groundwork.domain.CheckIn;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.DaySummary;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.PracticeSuggestion;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalPreferences;
import app.groundwork.domain.LowMoodRule;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.insight.TodayCardPicker;
import app.groundwork.service.AssessmentService;
import app.groundwork.service.CheckInService;
import app.groundwork.service.JournalService;
import app.groundwork.service.PreferenceService;
import app.groundwork.ui.common.Failures;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today: a greeting, whether today has a check-in yet, self-assessments whose reminder is due, the latest entries and
 * one card that fits the day, and, when mood or a recent PHQ-9 has been low, a gentle suggestion to seek support.
 */
public final class TodayViewModel {
    static final int RECENT_ENTRIES = 5;
    /** After this many days without a check-in, Today says "welcome back" instead of the usual greeting. */
    static final int WELCOME_BACK_AFTER_DAYS = 3;

    /** A self-assessment whose reminder is due, with the words Today shows for it. */
    public record Reminder(Instrument instrument, String text) {
    }

    private final CheckInService checkIns;
    private final JournalService journal;
    private final AssessmentService assessments;
    private final TodayCardPicker cards;
    private final PreferenceService preferences;
    private final Supplier<Optional<String>> findingTherapy;
    private final Executor ui;
    private final Clock clock;

    private final StringProperty greeting = new SimpleStringProperty(this, "greeting", "");
    private final StringProperty dateLine = new SimpleStringProperty(this, "dateLine", "");
    private final SimpleIntegerProperty checkInsToday = new SimpleIntegerProperty(this, "checkInsToday");
    private final StringProperty checkInState = new SimpleStringProperty(this, "checkInState", "");
    private final ObservableList<JournalEntry> recent = FXCollections.observableArrayList();
    /** What recent() hands out: one read-only view, so listeners on it stay attached. */
    private final ObservableList<JournalEntry> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ObjectProperty<Card> card = new SimpleObjectProperty<>(this, "card");
    private final ObjectProperty<PracticeSuggestion> suggestion = new SimpleObjectProperty<>(this, "suggestion");
    private Function<Optional<CheckInContent>, Optional<PracticeSuggestion>> suggester = latest -> Optional.empty();
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObjectProperty<LowMoodRule.Reason> nudge = new SimpleObjectProperty<>(this, "nudge");
    private final StringProperty nudgeText = new SimpleStringProperty(this, "nudgeText", "");
    private final StringProperty therapyText = new SimpleStringProperty(this, "therapyText", "");
    private final ObservableList<Reminder> reminders = FXCollections.observableArrayList();
    // kept, because a read-only view made per call listens to its list only weakly and can be collected
    private final ObservableList<Reminder> remindersView = FXCollections.unmodifiableObservableList(reminders);

    /**
     * @param findingTherapy how to find talking therapy in the person's region, read each time the suggestion shows
     *                       (the region can change in Settings); empty when the region has no such words
     */
    public TodayViewModel(CheckInService checkIns, JournalService journal, AssessmentService assessments,
                          TodayCardPicker cards, PreferenceService preferences,
                          Supplier<Optional<String>> findingTherapy, Executor ui, Clock clock) {
        this.checkIns = checkIns;
        this.journal = journal;
        this.assessments = assessments;
        this.cards = cards;
        this.preferences = preferences;
        this.findingTherapy = findingTherapy;
        this.ui = ui;
        this.clock = clock;
    }

    public ReadOnlyStringProperty greetingProperty() {
        return greeting;
    }

    public ReadOnlyStringProperty dateLineProperty() {
        return dateLine;
    }

    public ReadOnlyIntegerProperty checkInsTodayProperty() {
        return checkInsToday;
    }

    public ReadOnlyStringProperty checkInStateProperty() {
        return checkInState;
    }

    public ObservableList<JournalEntry> recent() {
        return recentView;
    }

    /**
     * Where Today's "something to try" comes from: one practice (or a small step from the ladder) chosen from the
     * latest recent check-in, with its reason. Without it, nothing is suggested.
     */
    public void setPracticeSuggester(Function<Optional<CheckInContent>, Optional<PracticeSuggestion>> suggester) {
        this.suggester = suggester;
    }

    /** The practice suggested from the latest recent check-in, with its reason; {@code null} when there is none. */
    public ReadOnlyObjectProperty<PracticeSuggestion> suggestionProperty() {
        return suggestion;
    }

    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Why Today suggests talking to a professional, or null when it does not (or the person hid it this week). */
    public ReadOnlyObjectProperty<LowMoodRule.Reason> nudgeProperty() {
        return nudge;
    }

    /** The suggestion's words, which say what was noticed without labelling the person. */
    public ReadOnlyStringProperty nudgeTextProperty() {
        return nudgeText;
    }

    /** How to find talking therapy in the person's region, shown with the suggestion; empty when there is none. */
    public ReadOnlyStringProperty therapyTextProperty() {
        return therapyText;
    }

    /** The self-assessments whose reminder is due, in the order of the instruments. */
    public ObservableList<Reminder> reminders() {
        return remindersView;
    }

    /** Hides the suggestion for a week; it comes back then only if the pattern is still there. */
    public CompletableFuture<Void> hideNudge() {
        nudge.set(null);
        return preferences.hideNudgeUntil(LocalDate.now(clock).plusDays(LowMoodRule.HIDDEN_DAYS))
                .handleAsync((done, failure) -> {
                    if (failure != null) {
                        problem.set(Failures.describe(failure, "action.save"));
                    }
                    return null;
                }, ui);
    }

    /** Reads what Today needs; the journal work happens off the UI thread, the results land on it. */
    public CompletableFuture<Void> refresh() {
        LocalDate today = LocalDate.now(clock);
        CompletableFuture<Integer> count = checkIns.countToday();
        CompletableFuture<Optional<CheckIn>> latest = checkIns.latest();
        CompletableFuture<List<JournalEntry>> entries = journal.recent(RECENT_ENTRIES);
        CompletableFuture<List<DaySummary>> window =
                journal.days(today.minusDays(LowMoodRule.WINDOW_DAYS - 1L), today);
        CompletableFuture<JournalPreferences> prefs = preferences.load();
        CompletableFuture<Map<Instrument, SavedAssessment>> results = assessments.latestOfEach();
        return CompletableFuture.allOf(count, latest, entries, window, prefs, results).handleAsync((done, failure) -> {
            if (failure != null) {
                problem.set(Failures.describe(failure, "action.load"));
                return null;
            }
            problem.set("");
            Optional<CheckIn> last = latest.join();
            long daysAway = last.map(found -> ChronoUnit.DAYS.between(found.content().date(), today)).orElse(0L);
            greeting.set(daysAway >= WELCOME_BACK_AFTER_DAYS
                    ? Messages.get("today.welcomeBack")
                    : Messages.get(greetingKey(LocalTime.now(clock))));
            dateLine.set(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.getDefault()).format(today));
            checkInsToday.set(count.join());
            checkInState.set(count.join() == 0
                    ? Messages.get(last.isEmpty() ? "today.checkin.first" : "today.checkin.notYet")
                    : Messages.get("today.checkin.done", count.join()));
            if (!recent.equals(entries.join())) {
                recent.setAll(entries.join());
            }
            showReminders(assessments.due(results.join(), prefs.join(), today));
            showNudge(LowMoodRule.check(window.join(), recentPhq9(results.join(), today)), prefs.join(), today);
            // an old check-in says little about today, so the card then follows the date instead
            Optional<CheckInContent> recent = last.map(CheckIn::content)
                    .filter(c -> ChronoUnit.DAYS.between(c.date(), today) < WELCOME_BACK_AFTER_DAYS);
            card.set(cards.pick(recent, today));
            suggestion.set(suggester.apply(recent).orElse(null));
            return null;
        }, ui);
    }

    private void showNudge(Optional<LowMoodRule.Reason> reason, JournalPreferences prefs, LocalDate today) {
        nudge.set(prefs.nudgeAllowedOn(today) ? reason.orElse(null) : null);
        nudgeText.set(nudge.get() == LowMoodRule.Reason.PHQ9 ? Messages.get("today.nudge.phq9")
                : nudge.get() == LowMoodRule.Reason.LOW_MOOD ? Messages.get("today.nudge.lowMood") : "");
        therapyText.set(nudge.get() == null ? "" : findingTherapy.get().orElse(""));
    }

    private void showReminders(List<Instrument> due) {
        List<Reminder> shown = due.stream()
                .map(instrument -> new Reminder(instrument, Messages.get("today.reminder." + instrument.id())))
                .toList();
        if (!shown.equals(reminders)) {
            reminders.setAll(shown);
        }
    }

    /**
     * The latest PHQ-9 total when it was taken within {@link LowMoodRule#PHQ9_RECENT_DAYS} days, today included
     * (the same two weeks as the mood window); older results say little about now.
     */
    static OptionalInt recentPhq9(Map<Instrument, SavedAssessment> latest, LocalDate today) {
        SavedAssessment phq9 = latest.get(Instrument.PHQ9);
        if (phq9 == null || ChronoUnit.DAYS.between(phq9.date(), today) >= LowMoodRule.PHQ9_RECENT_DAYS) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round(phq9.score().score()));
    }

    static String greetingKey(LocalTime now) {
        if (now.isBefore(LocalTime.of(5, 0))) {
            return "today.greeting.night";
        }
        if (now.isBefore(LocalTime.NOON)) {
            return "today.greeting.morning";
        }
        if (now.isBefore(LocalTime.of(18, 0))) {
            return "today.greeting.afternoon";
        }
        return "today.greeting.evening";
    }
}
