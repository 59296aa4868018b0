package app.groundwork.ui.today;

import app.groundwork.Messages;
import app.groundwork.content.Card;
import app.groundwork.domain.CheckIn;
import app.groundwork.domain.DaySummary;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalPreferences;
import app.groundwork.domain.LowMoodRule;
import app.groundwork.insight.TodayCardPicker;
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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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

/** Today: a greeting, whether today has a check-in yet, the latest entries and one card that fits the day. */
public final class TodayViewModel {
    static final int RECENT_ENTRIES = 5;
    /** After this many days without a check-in, Today says "welcome back" instead of the usual greeting. */
    static final int WELCOME_BACK_AFTER_DAYS = 3;

    private final CheckInService checkIns;
    private final JournalService journal;
    private final TodayCardPicker cards;
    private final PreferenceService preferences;
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
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ObjectProperty<LowMoodRule.Reason> nudge = new SimpleObjectProperty<>(this, "nudge");
    private final StringProperty nudgeText = new SimpleStringProperty(this, "nudgeText", "");

    public TodayViewModel(CheckInService checkIns, JournalService journal, TodayCardPicker cards,
                          PreferenceService preferences, Executor ui, Clock clock) {
        this.checkIns = checkIns;
        this.journal = journal;
        this.cards = cards;
        this.preferences = preferences;
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
        return CompletableFuture.allOf(count, latest, entries, window, prefs).handleAsync((done, failure) -> {
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
            recent.setAll(entries.join());
            // an old check-in says little about today, so the card then follows the date instead
            showNudge(LowMoodRule.check(window.join(), OptionalInt.empty()), prefs.join(), today);
            card.set(cards.pick(last.map(CheckIn::content).filter(c -> ChronoUnit.DAYS.between(c.date(), today) < WELCOME_BACK_AFTER_DAYS), today));
            return null;
        }, ui);
    }

    private void showNudge(Optional<LowMoodRule.Reason> reason, JournalPreferences prefs, LocalDate today) {
        nudge.set(prefs.nudgeAllowedOn(today) ? reason.orElse(null) : null);
        nudgeText.set(nudge.get() == LowMoodRule.Reason.PHQ9 ? Messages.get("today.nudge.phq9")
                : nudge.get() == LowMoodRule.Reason.LOW_MOOD ? Messages.get("today.nudge.lowMood") : "");
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
