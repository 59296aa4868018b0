package app.groundwork.ui.shell;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.HelplineRegion;
import app.groundwork.domain.Instrument;
import app.groundwork.insight.CheckInResponder;
import app.groundwork.insight.TodayCardPicker;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.assessments.AssessmentsView;
import app.groundwork.ui.assessments.AssessmentsViewModel;
import app.groundwork.ui.checkin.CheckInView;
import app.groundwork.ui.checkin.CheckInViewModel;
import app.groundwork.ui.common.SettingsKeeper;
import app.groundwork.ui.journal.JournalView;
import app.groundwork.ui.journal.JournalViewModel;
import app.groundwork.ui.settings.SettingsView;
import app.groundwork.ui.settings.SettingsViewModel;
import app.groundwork.ui.today.TodayView;
import app.groundwork.ui.today.TodayViewModel;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * The screens of an open journal and their models, wired by hand. A screen's view is built the first time it is
 * shown, so the window appears before any screen is made.
 */
final class Workspace {
    private final TodayViewModel today;
    private final CheckInViewModel checkIn;
    private final JournalViewModel journal;
    private final SettingsViewModel settings;
    private final AssessmentsViewModel assessments;
    private final Runnable openSupport;
    private final Map<Screen, Node> views = new EnumMap<>(Screen.class);
    private final Consumer<Screen> navigate;

    Workspace(JournalSession session, ContentLibrary content, SettingsKeeper keeper, Executor ui, Clock clock,
              Consumer<Screen> navigate, Runnable openSupport) {
        this.navigate = navigate;
        this.openSupport = openSupport;
        // the region can change in Settings while the journal is open, so it is read each time Today asks
        Supplier<Optional<String>> findingTherapy = () -> content.helplineRegion(keeper.current().regionOrGuess(Locale.getDefault()))
                .map(HelplineRegion::findingTherapy);
        today = new TodayViewModel(session.checkIns(), session.journal(), session.assessments(), new TodayCardPicker(content),
                session.preferences(), findingTherapy, ui, clock);
        checkIn = new CheckInViewModel(session.checkIns(), content, new CheckInResponder(content), ui, clock);
        journal = new JournalViewModel(session.journal(), content, ui, clock);
        settings = new SettingsViewModel(keeper, ui, session.file(), content.faq(), session.support());
        assessments = new AssessmentsViewModel(session.assessments(), session.preferences(), content, openSupport, () -> {
            today.refresh();
            journal.refresh();
        }, ui);
        checkIn.setAfterSave(safety -> {
            if (safety.flagged()) {
                openSupport.run();
            }
            today.refresh();
            journal.refresh();
        });
    }

    Node view(Screen screen) {
        return views.computeIfAbsent(screen, this::build);
    }

    /** Brings a screen's data up to date as it is shown. */
    void shown(Screen screen) {
        switch (screen) {
            case TODAY -> today.refresh();
            case JOURNAL -> journal.refresh();
            case ASSESSMENTS -> assessments.refresh();
            case SETTINGS -> settings.support().refresh();
            case CHECKIN -> { }
        }
    }

    private Node build(Screen screen) {
        return switch (screen) {
            case TODAY -> new TodayView(today, () -> navigate.accept(Screen.CHECKIN), () -> navigate.accept(Screen.JOURNAL),
                    this::takeAssessment, openSupport);
            case CHECKIN -> {
                checkIn.checkForDraft();
                yield new CheckInView(checkIn);
            }
            case JOURNAL -> new JournalView(journal, id -> {
                checkIn.edit(id);
                navigate.accept(Screen.CHECKIN);
            });
            case ASSESSMENTS -> new AssessmentsView(assessments);
            case SETTINGS -> new SettingsView(settings);
        };
    }

    /** Today's reminder: the Self-assessments screen, straight at the instrument's questions. */
    private void takeAssessment(Instrument instrument) {
        assessments.take(instrument);
        navigate.accept(Screen.ASSESSMENTS);
    }

    AssessmentsViewModel assessments() {
        return assessments;
    }

    CheckInViewModel checkIn() {
        return checkIn;
    }

    JournalViewModel journal() {
        return journal;
    }

    /** Keeps whatever is half-typed before the journal closes. */
    CompletableFuture<Void> keepUnsavedWork() {
        return checkIn.keepDraft();
    }
}
