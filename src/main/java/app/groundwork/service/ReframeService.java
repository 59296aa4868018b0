package app.groundwork.service;

import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.FollowUp;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeRules;
import app.groundwork.domain.ReframeStats;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Saved;
import app.groundwork.domain.TrapChoice;
import app.groundwork.domain.TrapSuggestion;
import app.groundwork.insight.CrisisScreener;
import app.groundwork.insight.ReframeInsights;
import app.groundwork.insight.TrapSuggester;
import app.groundwork.store.ReframeRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Thought records from the first word to the later look back. A record is kept as soon as it has anything in it and
 * after every change, so leaving the Reframe screen (or the app) never costs what was typed; finishing it is the
 * person's choice. Everything a record says is checked before it is written: a refused one fails the future with
 * {@link InvalidEntryException} and the journal is unchanged. Its words are screened for signs of crisis after each
 * write is committed, so screening never delays or undoes a save.
 */
public final class ReframeService {
    private final ReframeRepository reframes;
    private final ReframeRules rules;
    private final Function<TrapChoice, String> trapName;
    private final CrisisScreener screener;
    private final TrapSuggester suggester;
    private final Clock clock;

    /**
     * @param trapName the words a trap is searched and shown by: its catalogue name, or the person's own
     */
    ReframeService(ReframeRepository reframes, ReframeRules rules, Function<TrapChoice, String> trapName,
                   CrisisScreener screener, TrapSuggester suggester, Clock clock) {
        this.reframes = reframes;
        this.rules = rules;
        this.trapName = trapName;
        this.screener = screener;
        this.suggester = suggester;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Keeps a record in progress as it stands, at {@code step}.
     *
     * @param id the stored record, or {@code null} for one not stored yet
     * @return the record as stored; empty when a new record has nothing in it yet (nothing is stored), or when the
     *         stored record no longer exists (deleted meanwhile)
     */
    public CompletableFuture<Optional<Saved<Reframe>>> keep(Long id, ReframeContent content, ReframeStep step) {
        try {
            rules.requireValid(content, false);
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (id == null) {
            if (content.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            return insert(content, step, null, null).thenApply(saved -> Optional.of(screened(saved)));
        }
        return reframes.find(id).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
            Reframe stored = found.get();
            Reframe changed = new Reframe(id, stored.date(), stored.time(), content, step, stored.finishedAt(),
                    stored.finished() ? followUp(stored, content) : null);
            return reframes.update(changed, labels(content), Instant.now(clock)).thenApply(kept -> kept.map(this::screened));
        });
    }

    /** Begins a record from an automatic thought alone, ready for the feelings it brings. */
    public CompletableFuture<Saved<Reframe>> start(String thought) {
        ReframeContent content = ReframeContent.ofThought(thought == null ? "" : thought);
        try {
            if (content.thought().isBlank()) {
                throw new InvalidEntryException(List.of(FieldProblem.of("thought", "problem.reframe.thoughtNeeded")));
            }
            rules.requireValid(content, false);
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return insert(content, ReframeStep.BEFORE, null, null).thenApply(this::screened);
    }

    /**
     * Finishes a record: it needs the thought and a kinder answer. When {@code content} asks for a follow-up, Today
     * asks about the thought again that many days from now.
     *
     * @param id the stored record, or {@code null} for one finished in one go
     */
    public CompletableFuture<Saved<Reframe>> finish(Long id, ReframeContent content) {
        try {
            rules.requireValid(content, true);
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        Instant now = Instant.now(clock);
        if (id == null) {
            return insert(content, ReframeStep.AFTER, now, newFollowUp(content)).thenApply(this::screened);
        }
        return reframes.find(id).thenCompose(found -> {
            if (found.isEmpty()) {
                // deleted while open: keep what was written as a new record rather than lose it
                return insert(content, ReframeStep.AFTER, now, newFollowUp(content));
            }
            Reframe stored = found.get();
            Reframe finished = new Reframe(id, stored.date(), stored.time(), content, ReframeStep.AFTER,
                    stored.finished() ? stored.finishedAt() : now, followUp(stored, content));
            return reframes.update(finished, labels(content), now).thenApply(Optional::orElseThrow);
        }).thenApply(this::screened);
    }

    /** Stores many finished records at once, all or none (the demo journal, imports); each is checked first. */
    public CompletableFuture<Integer> saveAll(List<Reframe> records) {
        try {
            records.forEach(reframe -> rules.requireValid(reframe.content(), reframe.finished()));
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return reframes.insertAll(records, reframe -> labels(reframe.content()), Instant.now(clock));
    }

    public CompletableFuture<Optional<Reframe>> find(long id) {
        return reframes.find(id);
    }

    /** Records not finished yet, the most recently begun first. */
    public CompletableFuture<List<Reframe>> inProgress() {
        return reframes.inProgress();
    }

    /** Finished records begun between two days inclusive, oldest first. */
    public CompletableFuture<List<Reframe>> finishedBetween(LocalDate from, LocalDate to) {
        return reframes.finishedBetween(from, to);
    }

    /**
     * For the days from {@code from} to {@code to} inclusive: records finished, the mean drop in distress and in
     * belief per record, the same per trap, and the traps most often chosen.
     */
    public CompletableFuture<ReframeStats> insights(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("the range ends before it starts: " + from + " to " + to));
        }
        return reframes.finishedBetween(from, to).thenApply(records -> ReframeInsights.summarize(records, from, to));
    }

    /** The thinking traps the wording of {@code thought} may point to, each with the words that matched. */
    public List<TrapSuggestion> suggest(String thought) {
        return suggester.suggest(thought);
    }

    /** Finished records whose look back is due today or earlier and still open, oldest first. */
    public CompletableFuture<List<Reframe>> followUpsDue() {
        return reframes.followUpsDue(today());
    }

    /** Records how much the old thought is believed now. Empty when there is no open look back for it. */
    public CompletableFuture<Optional<Reframe>> answerFollowUp(long id, int belief) {
        if (belief < 0 || belief > 100) {
            return CompletableFuture.failedFuture(new InvalidEntryException(
                    List.of(FieldProblem.of("followUpBelief", "problem.range", belief, 0, 100))));
        }
        return reframes.closeFollowUp(id, belief, today(), Instant.now(clock));
    }

    /** Closes a look back without an answer: the person chose not to look again. */
    public CompletableFuture<Optional<Reframe>> letFollowUpGo(long id) {
        return reframes.closeFollowUp(id, null, today(), Instant.now(clock));
    }

    /** The person's own trap names in use, most used first. */
    public CompletableFuture<List<String>> customTraps() {
        return reframes.customTraps();
    }

    /** What the screening notices in a record's own words: every text, own trap names and own emotion words. */
    public SafetyCheck screen(ReframeContent content) {
        StringBuilder words = new StringBuilder(content.allText());
        content.traps().stream().filter(TrapChoice::custom).forEach(trap -> words.append('\n').append(trap.trap()));
        Stream.concat(content.emotionsBefore().stream(), content.emotionsAfter().stream())
                .filter(EmotionRating::custom)
                .forEach(emotion -> words.append('\n').append(emotion.name()));
        return screener.screen(words.toString());
    }

    private CompletableFuture<Reframe> insert(ReframeContent content, ReframeStep step, Instant finishedAt,
                                              FollowUp followUp) {
        Instant now = Instant.now(clock);
        Reframe fresh = new Reframe(0, today(), LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES), content, step,
                finishedAt, followUp);
        return reframes.insert(fresh, labels(content), now);
    }

    /** A finished record keeps its look back while the number of days stays the same; a new number starts afresh. */
    private FollowUp followUp(Reframe stored, ReframeContent content) {
        FollowUp existing = stored.followUp();
        if (existing != null && (existing.answered() || Objects.equals(stored.content().followUpDays(),
                content.followUpDays()))) {
            return existing;
        }
        return newFollowUp(content);
    }

    private FollowUp newFollowUp(ReframeContent content) {
        return content.followUpDays() == null ? null : new FollowUp(today().plusDays(content.followUpDays()), null, null);
    }

    /** Trap names and own emotion words, so a search for "catastrophizing" or "gutted" finds the record. */
    private String labels(ReframeContent content) {
        return Stream.concat(
                        content.traps().stream().map(trapName),
                        Stream.concat(content.emotionsBefore().stream(), content.emotionsAfter().stream())
                                .filter(EmotionRating::custom)
                                .map(EmotionRating::name))
                .distinct()
                .collect(Collectors.joining(" "));
    }

    /** The entry is already committed here, so a screening fault must not look like a failed save: it flags instead. */
    private Saved<Reframe> screened(Reframe reframe) {
        SafetyCheck safety;
        try {
            safety = screen(reframe.content());
        } catch (RuntimeException e) {
            System.getLogger("groundwork").log(System.Logger.Level.WARNING, "screening did not run; showing support", e);
            safety = new SafetyCheck(List.of(), true);
        }
        return new Saved<>(reframe, safety);
    }
}
