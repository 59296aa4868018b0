package app.groundwork.service;

import app.groundwork.content.Assessment;
import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.JournalPreferences;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.domain.TakenAssessment;
import app.groundwork.store.AssessmentRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Scoring, saving and reading self-assessments, and which ones are due for a reminder. Answers are the raw ratings in
 * item order; answers that cannot be scored fail with {@link InvalidEntryException} and nothing is written.
 */
public final class AssessmentService {
    private final AssessmentRepository assessments;
    private final ContentLibrary content;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, ContentLibrary content, Clock clock) {
        this.assessments = assessments;
        this.content = content;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Scores answers without storing them (pure, no journal work).
     *
     * @throws InvalidEntryException naming the wrong count or each answer out of range
     */
    public AssessmentScore score(Instrument instrument, List<Integer> answers) {
        return AssessmentScoring.score(instrument, answers);
    }

    /** Scores and stores the answers as an entry dated now; refused answers fail the future and write nothing. */
    public CompletableFuture<SavedAssessment> save(Instrument instrument, List<Integer> answers) {
        AssessmentScore score;
        try {
            score = score(instrument, answers);
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return assessments.insert(score, today(), LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES), Instant.now(clock),
                searchLabels(instrument));
    }

    /**
     * Scores and stores several results, each with its own day and time, in one transaction. Every one is checked
     * first: if any cannot be scored or is dated after today, the future fails with its problems and nothing is written.
     *
     * @return how many were stored
     */
    public CompletableFuture<Integer> saveAll(List<TakenAssessment> taken) {
        List<AssessmentRepository.DatedScore> scored = new ArrayList<>(taken.size());
        LocalDate today = today();
        for (TakenAssessment one : taken) {
            List<FieldProblem> problems = new ArrayList<>(AssessmentScoring.problems(one.instrument(), one.answers()));
            if (one.date().isAfter(today)) {
                problems.add(FieldProblem.of("date", "problem.date.future", one.date().toString()));
            }
            if (!problems.isEmpty()) {
                return CompletableFuture.failedFuture(new InvalidEntryException(problems));
            }
            scored.add(new AssessmentRepository.DatedScore(score(one.instrument(), one.answers()), one.date(),
                    one.time().truncatedTo(ChronoUnit.MINUTES), searchLabels(one.instrument())));
        }
        return assessments.insertAll(scored, Instant.now(clock));
    }

    private String searchLabels(Instrument instrument) {
        Assessment wording = content.assessment(instrument);
        return String.join(" ", wording.shortName(), wording.name(), wording.scoreName());
    }

    /** Every result of one instrument, oldest first; deleted entries are left out. */
    public CompletableFuture<List<SavedAssessment>> history(Instrument instrument) {
        return assessments.history(instrument);
    }

    public CompletableFuture<Optional<SavedAssessment>> latest(Instrument instrument) {
        return assessments.latest(instrument);
    }

    /** The newest result of each instrument taken at least once; an instrument never taken has no key. */
    public CompletableFuture<Map<Instrument, SavedAssessment>> latestOfEach() {
        return assessments.latestOfEach();
    }

    /**
     * The instruments to offer again, in the order of {@link Instrument#values()}: those with a reminder
     * ({@code preferences.scheduleDays(id) > 0}) never taken, or last taken at least that many days before {@code today}.
     *
     * @param latest as from {@link #latestOfEach()}
     */
    public List<Instrument> due(Map<Instrument, SavedAssessment> latest, JournalPreferences preferences, LocalDate today) {
        List<Instrument> due = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            int days = preferences.scheduleDays(instrument.id());
            if (days <= 0) {
                continue;
            }
            SavedAssessment last = latest.get(instrument);
            if (last == null || ChronoUnit.DAYS.between(last.date(), today) >= days) {
                due.add(instrument);
            }
        }
        return due;
    }

    /**
     * Marks each point of one instrument's history (oldest first, as from {@link #history}) with its change from the
     * point before and whether that change reaches the instrument's meaningful change, for charts.
     */
    public List<ResultChange> markChanges(List<SavedAssessment> history) {
        return ResultChange.mark(history);
    }
}
