package app.groundwork.ui.shell;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.HelplineRegion;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.Goal;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.JournalEntry;
import app.groundwork.insight.CheckInResponder;
import app.groundwork.insight.TodayCardPicker;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.assessments.AssessmentsView;
import app.groundwork.ui.assessments.AssessmentsViewModel;
import app.groundwork.ui.cards.CardsView;
import app.groundwork.ui.cards.CardsViewModel;
import app.groundwork.ui.checkin.CheckInView;
import app.groundwork.ui.checkin.CheckInViewModel;
import app.groundwork.ui.common.SettingsKeeper;
import app.groundwork.ui.common.TwoPages;
import app.groundwork.ui.data.BackupsView;
import app.groundwork.ui.data.BackupsViewModel;
import app.groundwork.ui.data.DataView;
import app.groundwork.ui.data.PassphraseView;
import app.groundwork.ui.data.PassphraseViewModel;
import app.groundwork.ui.data.TransferView;
import app.groundwork.ui.data.TransferViewModel;
import app.groundwork.ui.goals.GoalWords;
import app.groundwork.ui.goals.GoalsView;
import app.groundwork.ui.goals.GoalsViewModel;
import app.groundwork.ui.journal.JournalView;
import app.groundwork.ui.journal.JournalViewModel;
import app.groundwork.ui.practices.PracticeKeeping;
import app.groundwork.ui.practices.PracticesView;
import app.groundwork.ui.practices.PracticesViewModel;
import app.groundwork.ui.progress.ProgressChart;
import app.groundwork.ui.progress.ProgressView;
import app.groundwork.ui.progress.ProgressViewModel;
import app.groundwork.ui.progress.charts.AssessmentsChart;
import app.groundwork.ui.progress.charts.BodySignalsChart;
import app.groundwork.ui.progress.charts.DailyLine;
import app.groundwork.ui.progress.charts.EmotionsChart;
import app.groundwork.ui.progress.charts.ExperimentsChart;
import app.groundwork.ui.progress.charts.GoalsChart;
import app.groundwork.ui.progress.charts.ReframeChart;
import app.groundwork.ui.progress.charts.SelfTalkChart;
import app.groundwork.ui.progress.charts.TrapsChart;
import app.groundwork.ui.progress.charts.YearInPixelsChart;
import app.groundwork.ui.reframe.ReframeView;
import app.groundwork.ui.reframe.ReframeViewModel;
import app.groundwork.ui.review.ReviewView;
import app.groundwork.ui.review.ReviewViewModel;
import app.groundwork.ui.settings.SettingsView;
import app.groundwork.ui.settings.SettingsViewModel;
import app.groundwork.ui.today.LookBackModel;
import app.groundwork.ui.today.TodayView;
import app.groundwork.ui.today.TodayViewModel;
import app.groundwork.ui.wins.WinsView;
import app.groundwork.ui.wins.WinsViewModel;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
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
    private final GoalsViewModel goals;
    private final WinsViewModel wins;
    private final ProgressViewModel progress;
    private final CardsViewModel cards;
    private final ReviewViewModel review;
    private TwoPages progressScreen;
    private TwoPages practicesScreen;
    private final PracticesViewModel practices;
    private final CheckInViewModel checkIn;
    private final JournalViewModel journal;
    private final SettingsViewModel settings;
    private final AssessmentsViewModel assessments;
    private final ReframeViewModel reframe;
    private final LookBackModel lookBack;
    private final ContentLibrary content;
    private final Runnable openSupport;
    private final Map<Screen, Node> views = new EnumMap<>(Screen.class);
    private final Consumer<Screen> navigate;
    private final PassphraseViewModel passphrase;
    private final BackupsViewModel backups;
    private final TransferViewModel transfer;
    private TwoPages settingsScreen;

    /**
     * @param reopenJournal opens the journal again, after a restore closed it
     * @param lock          closes the journal and asks for its passphrase again
     */
    Workspace(JournalSession session, ContentLibrary content, SettingsKeeper keeper, Executor ui, Clock clock,
              Consumer<Screen> navigate, Runnable openSupport, Runnable reopenJournal, Runnable lock) {
        this.navigate = navigate;
        passphrase = new PassphraseViewModel(session.passphrase(), keeper, lock, ui);
        backups = new BackupsViewModel(session.backups(), reopenJournal, ui);
        transfer = new TransferViewModel(session.exports(), session.imports(), ui);
        this.content = content;
        this.openSupport = openSupport;
        // the region can change in Settings while the journal is open, so it is read each time Today asks
        Supplier<Optional<String>> findingTherapy = () -> content.helplineRegion(keeper.current().regionOrGuess(Locale.getDefault()))
                .map(HelplineRegion::findingTherapy);
        today = new TodayViewModel(session.checkIns(), session.journal(), session.assessments(), new TodayCardPicker(content),
                session.preferences(), findingTherapy, ui, clock);
        today.setPracticeSuggester(session.practices()::suggestFor);
        checkIn = new CheckInViewModel(session.checkIns(), content, new CheckInResponder(content), ui, clock);
        journal = new JournalViewModel(session.journal(), content, ui, clock);
        settings = new SettingsViewModel(keeper, ui, session.file(), content.faq(), session.support());
        assessments = new AssessmentsViewModel(session.assessments(), session.preferences(), content, openSupport, () -> {
            today.refresh();
            journal.refresh();
        }, ui);
        reframe = new ReframeViewModel(session.reframes(), content, session.reframes()::suggest, ui, clock);
        reframe.setOpenSupport(openSupport);
        lookBack = new LookBackModel(session.reframes(), ui);
        reframe.setAfterSave(() -> {
            today.refresh();
            lookBack.refresh();
            journal.refresh();
        });
        goals = new GoalsViewModel(session.goals(), new GoalWords(content.goalIdeas()), ui);
        goals.setAfterSave(safety -> {
            if (safety.flagged()) {
                openSupport.run();
            }
            journal.refresh();
        });
        wins = new WinsViewModel(session.goals(), content.goalIdeas(), ui);
        wins.setAfterSave(safety -> {
            if (safety.flagged()) {
                openSupport.run();
            }
            goals.refresh();
        });
        cards = new CardsViewModel(content);
        practices = new PracticesViewModel(content, new PracticeKeeping(session.practices()), clock, ui,
                keeper.current().reducedMotion());
        keeper.appliedProperty().addListener((obs, old, now) -> practices.reducedMotionProperty().set(now.reducedMotion()));
        practices.setAfterSave(safety -> {
            if (safety.flagged()) {
                openSupport.run();
            }
            journal.refresh();
        });
        practices.setAfterGoal(safety -> {
            if (safety.flagged()) {
                openSupport.run();
            }
            goals.refresh();
        });
        // screens read again when they are shown; these are the ones that may already be on show or counted on Today
        transfer.setAfterImport(() -> {
            journal.refresh();
            today.refresh();
            goals.refresh();
        });
        progress = new ProgressViewModel(session.progress(), session.reports(), ui);
        review = new ReviewViewModel(session.reviews(), content.goalIdeas(), ui);
        review.setAfterSave(safety -> {
            if (safety.flagged()) {
                openSupport.run();
            }
            journal.refresh();
        });
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
            case TODAY -> {
                today.refresh();
                lookBack.refresh();
                goals.refresh();
                review.refresh();
            }
            case GOALS -> goals.refresh();
            case WINS -> wins.refresh();
            case PROGRESS -> progress.refresh();
            case JOURNAL -> journal.refresh();
            case ASSESSMENTS -> assessments.refresh();
            case PRACTICES -> { }
            case SETTINGS -> settings.support().refresh();
            case REFRAME -> reframe.refresh();
            case CHECKIN -> { }
        }
    }

    private Node build(Screen screen) {
        return switch (screen) {
            case TODAY -> new TodayView(today, lookBack, goals, review, new TodayView.Routes(() -> navigate.accept(Screen.CHECKIN),
                    () -> navigate.accept(Screen.REFRAME), () -> navigate.accept(Screen.JOURNAL),
                    this::takeAssessment, openSupport, () -> navigate.accept(Screen.GOALS),
                    () -> navigate.accept(Screen.WINS), this::closeExperiment, this::openReview, this::openCard, this::openPractice));
            case CHECKIN -> {
                checkIn.checkForDraft();
                yield new CheckInView(checkIn);
            }
            case REFRAME -> new ReframeView(reframe, content, () -> navigate.accept(Screen.JOURNAL));
            case GOALS -> new GoalsView(goals);
            case WINS -> new WinsView(wins);
            case JOURNAL -> new JournalView(journal, this::openEntry);
            case PROGRESS -> {
                progressScreen = new TwoPages(
                        new TwoPages.Page("progress-tab-charts", "progress.tab.charts", new ProgressView(progress, charts()), () -> { }),
                        new TwoPages.Page("progress-tab-review", "progress.tab.review", new ReviewView(review), review::refresh));
                yield progressScreen;
            }
            case ASSESSMENTS -> new AssessmentsView(assessments);
            case PRACTICES -> {
                practicesScreen = new TwoPages(
                        new TwoPages.Page("practices-tab-practices", "practices.tab.practices", practicesView(), () -> { }),
                        new TwoPages.Page("practices-tab-library", "practices.tab.library", new CardsView(cards), () -> { }));
                yield practicesScreen;
            }
            case SETTINGS -> {
                settingsScreen = new TwoPages(
                        new TwoPages.Page("settings-tab-general", "settings.tab.general", new SettingsView(settings), () -> { }),
                        new TwoPages.Page("settings-tab-data", "settings.tab.data",
                                new DataView(settings.journalLocation(), new PassphraseView(passphrase), new BackupsView(backups),
                                        new TransferView(transfer)), () -> { }));
                yield settingsScreen;
            }
        };
    }

    /** The Journal's "Open": a check-in opens in its form, a thought record where it was left. */
    private void openEntry(JournalEntry entry) {
        if (entry.type() == EntryType.REFRAME) {
            reframe.open(entry.id());
            navigate.accept(Screen.REFRAME);
        } else if (entry.type() == EntryType.CHECKIN) {
            checkIn.edit(entry.id());
            navigate.accept(Screen.CHECKIN);
        }
    }

    /** The Progress cards, top to bottom: how the days went, then what was worked on, then what it added up to. */
    private List<ProgressChart> charts() {
        return List.of(DailyLine.mood(), DailyLine.selfTrust(), new YearInPixelsChart(), new EmotionsChart(content),
                new BodySignalsChart(content), new SelfTalkChart(), new TrapsChart(content), new ReframeChart(content),
                new GoalsChart(content), new ExperimentsChart(), new AssessmentsChart());
    }

    /** Today's "your weekly review is ready": the Progress screen at the review. */
    void openReview() {
        navigate.accept(Screen.PROGRESS);
        progressScreen.showFirst(false);
    }

    /** Today's "How did it go?": the Goals screen, at the experiment's result. */
    private void closeExperiment(Goal experiment) {
        goals.startClosing(experiment);
        navigate.accept(Screen.GOALS);
    }

    /** Today's reminder: the Self-assessments screen, straight at the instrument's questions. */
    private void takeAssessment(Instrument instrument) {
        assessments.take(instrument);
        navigate.accept(Screen.ASSESSMENTS);
    }

    AssessmentsViewModel assessments() {
        return assessments;
    }

    private PracticesView practicesView() {
        PracticesView view = new PracticesView(practices);
        view.setOnOpenCard(this::openCard);
        return view;
    }

    PassphraseViewModel passphrase() {
        return passphrase;
    }

    /** Opens Settings at its Data page. */
    void openData() {
        navigate.accept(Screen.SETTINGS);
        settingsScreen.showFirst(false);
    }

    /** Opens the library at one card, for links from other screens. */
    void openCard(String cardId) {
        cards.show(cardId);
        navigate.accept(Screen.PRACTICES);
        practicesScreen.showFirst(false);
    }

    /** Opens a practice, for Today's suggestion and the links between practices. */
    void openPractice(String practiceId) {
        navigate.accept(Screen.PRACTICES);
        practicesScreen.showFirst(true);
        practices.open(practiceId);
    }

    PracticesViewModel practices() {
        return practices;
    }

    CardsViewModel cards() {
        return cards;
    }

    ProgressViewModel progress() {
        return progress;
    }

    ReviewViewModel review() {
        return review;
    }

    WinsViewModel wins() {
        return wins;
    }

    GoalsViewModel goals() {
        return goals;
    }

    ReframeViewModel reframe() {
        return reframe;
    }

    CheckInViewModel checkIn() {
        return checkIn;
    }

    JournalViewModel journal() {
        return journal;
    }

    /** Keeps whatever is half-typed before the journal closes. */
    CompletableFuture<Void> keepUnsavedWork() {
        return CompletableFuture.allOf(checkIn.keepDraft(), reframe.keep(), practices.keepDraft());
    }
}
