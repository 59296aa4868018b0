package app.groundwork.service;

import app.groundwork.content.ContentLibrary;
import app.groundwork.content.ThinkingTrap;
import app.groundwork.domain.ReframeRules;
import app.groundwork.domain.TrapChoice;
import app.groundwork.insight.CrisisScreener;
import app.groundwork.insight.PracticeSuggester;
import app.groundwork.insight.SelfTalkMeter;
import app.groundwork.insight.TrapSuggester;
import app.groundwork.store.AssessmentRepository;
import app.groundwork.store.BackupStore;
import app.groundwork.store.CheckInRepository;
import app.groundwork.store.Database;
import app.groundwork.store.DraftRepository;
import app.groundwork.store.GoalRepository;
import app.groundwork.store.JournalRepository;
import app.groundwork.store.PracticeRepository;
import app.groundwork.store.PreferenceRepository;
import app.groundwork.store.ProgressRepository;
import app.groundwork.store.ReframeRepository;
import app.groundwork.store.SupportRepository;
import app.groundwork.store.TransferRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** An open journal and the services that work on it. Close it to release the file for other processes. */
public final class JournalSession implements AutoCloseable {
    private final Database database;
    private final CheckInService checkIns;
    private final JournalService journal;
    private final PreferenceService preferences;
    private final AssessmentService assessments;
    private final SupportService support;
    private final ReframeService reframes;
    private final GoalService goals;
    private final ProgressService progress;
    private final ReportService reports;
    private final ReviewService reviews;
    private final PracticeService practices;
    private final PassphraseService passphrase;
    private final BackupService backups;
    private final ExportService exports;
    private final ImportService imports;

    JournalSession(Database database, ContentLibrary content, Clock clock) {
        this.database = database;
        CrisisScreener screener = new CrisisScreener(content.crisisLexicon());
        this.checkIns = new CheckInService(new CheckInRepository(database), new DraftRepository(database), content.vocabulary(),
                screener, clock);
        this.journal = new JournalService(new JournalRepository(database), clock);
        this.preferences = new PreferenceService(new PreferenceRepository(database));
        this.assessments = new AssessmentService(new AssessmentRepository(database), content, clock);
        this.support = new SupportService(new SupportRepository(database), content);
        this.reframes = new ReframeService(new ReframeRepository(database),
                new ReframeRules(content.vocabulary(), trapIds(content)), trap -> trapName(content, trap), screener,
                new TrapSuggester(content), clock);
        this.goals = new GoalService(new GoalRepository(database), new JournalRepository(database),
                new PreferenceRepository(database), screener,
                category -> content.goalIdeas().categoryName(category), clock);
        this.progress = new ProgressService(new ProgressRepository(database), new ReframeRepository(database),
                new GoalRepository(database), new AssessmentRepository(database), new SelfTalkMeter(content.selfTalk())::over, clock);
        this.reports = new ReportService(progress, goals, journal, content);
        this.reviews = new ReviewService(new JournalRepository(database), new PracticeRepository(database),
                new PreferenceRepository(database), goals, reframes, screener, content.reviewQuestions(), clock);
        this.practices = new PracticeService(new PracticeRepository(database), content::practice, goals, screener,
                new PracticeSuggester(content), clock);
        this.passphrase = new PassphraseService(database);
        this.backups = new BackupService(new BackupStore(database));
        TransferRepository transfers = new TransferRepository(database);
        this.exports = new ExportService(transfers, content);
        this.imports = new ImportService(transfers, content, clock);
    }

    public CheckInService checkIns() {
        return checkIns;
    }

    /** Thought records: kept, finished, looked back on. */
    public ReframeService reframes() {
        return reframes;
    }

    /** The figures of any range, for Progress, {@code stats} and the report. */
    public ProgressService progress() {
        return progress;
    }

    /** The PDF report of a period. */
    public ReportService reports() {
        return reports;
    }

    /** Small steps, experiments, the ladder and the wins ledger. */
    public GoalService goals() {
        return goals;
    }

    /** The weekly review: a week looked back on, its question and the answer kept in the journal. */
    public ReviewService reviews() {
        return reviews;
    }

    /** The guided practices: drafts kept while under way, finished answers, series progress and Today's suggestion. */
    public PracticeService practices() {
        return practices;
    }

    public JournalService journal() {
        return journal;
    }

    public PreferenceService preferences() {
        return preferences;
    }

    public AssessmentService assessments() {
        return assessments;
    }

    /** The person's support contacts and helplines. */
    public SupportService support() {
        return support;
    }

    private static Set<String> trapIds(ContentLibrary content) {
        return content.thinkingTraps().stream().map(ThinkingTrap::id).collect(Collectors.toSet());
    }

    /** The words search finds a trap by: its catalogue name (and id), or the person's own name for it. */
    private static String trapName(ContentLibrary content, TrapChoice trap) {
        return trap.custom() ? trap.trap()
                : content.thinkingTrap(trap.trap()).map(found -> found.name() + " " + trap.trap()).orElse(trap.trap());
    }

    public Path file() {
        return database.file();
    }

    /** Takes the day's verified rolling backup when one is due; runs after what is already queued. */
    public CompletableFuture<Optional<Path>> backUpIfDue() {
        return database.backUpIfDue();
    }

    /** The journal's optional passphrase. */
    public PassphraseService passphrase() {
        return passphrase;
    }

    @Override
    public void close() {
        database.close();
    }

    /** The journal's verified copies: the list, a copy now, and putting one in place of the journal. */
    public BackupService backups() {
        return backups;
    }

    /** Writing the journal out: Groundwork JSON, CSV or Markdown. */
    public ExportService exports() {
        return exports;
    }

    /** Bringing files in: Groundwork JSON (restore or merge), Daylio CSV, jrnl JSON; previewed first, all or nothing. */
    public ImportService imports() {
        return imports;
    }
}
