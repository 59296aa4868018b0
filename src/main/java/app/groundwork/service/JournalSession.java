package app.groundwork.service;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.ReframeRules;
import app.groundwork.domain.TrapChoice;
import app.groundwork.insight.CrisisScreener;
import app.groundwork.store.AssessmentRepository;
import app.groundwork.store.CheckInRepository;
import app.groundwork.store.Database;
import app.groundwork.store.DraftRepository;
import app.groundwork.store.JournalRepository;
import app.groundwork.store.PreferenceRepository;
import app.groundwork.store.ReframeRepository;
import app.groundwork.store.SupportRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** An open journal and the services that work on it. Close it to release the file for other processes. */
public final class JournalSession implements AutoCloseable {
    private final Database database;
    private final CheckInService checkIns;
    private final JournalService journal;
    private final PreferenceService preferences;
    private final AssessmentService assessments;
    private final SupportService support;
    private final ReframeService reframes;

    private static final java.util.Set<String> TRAP_IDS = java.util.Set.of("all-or-nothing", "overgeneralizing",
            "labeling", "catastrophizing", "mind-reading", "fortune-telling", "personalizing", "should-statements",
            "emotional-reasoning", "discounting-positive", "mental-filter", "magnifying", "comparing", "blaming");

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
                new ReframeRules(content.vocabulary(), TRAP_IDS), TrapChoice::trap, screener, clock);
    }

    public CheckInService checkIns() {
        return checkIns;
    }

    /** Thought records: kept, finished, looked back on. */
    public ReframeService reframes() {
        return reframes;
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

    public Path file() {
        return database.file();
    }

    /** Takes the day's verified rolling backup when one is due; runs after what is already queued. */
    public CompletableFuture<Optional<Path>> backUpIfDue() {
        return database.backUpIfDue();
    }

    @Override
    public void close() {
        database.close();
    }
}
