package app.groundwork.service;

import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckIn;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.CheckInDraft;
import app.groundwork.domain.CheckInRules;
import app.groundwork.domain.CheckInVocabulary;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Saved;
import app.groundwork.insight.CrisisScreener;
import app.groundwork.io.CheckInDraftJson;
import app.groundwork.store.CheckInRepository;
import app.groundwork.store.DraftRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Saving, editing and finding check-ins, and keeping the check-in form's draft. A check-in is checked before anything
 * is written; a refused one fails the future with {@link InvalidEntryException} and the journal is unchanged.
 */
public final class CheckInService {
    /** A new check-in and an edit of an old one keep separate drafts, so opening one never overwrites the other. */
    static final String NEW_DRAFT = "checkin";
    static final String EDIT_DRAFT = "checkin-edit";

    private final CheckInRepository checkIns;
    private final DraftRepository drafts;
    private final CheckInRules rules;
    private final CrisisScreener screener;
    private final Clock clock;

    CheckInService(CheckInRepository checkIns, DraftRepository drafts, CheckInVocabulary vocabulary,
                   CrisisScreener screener, Clock clock) {
        this.checkIns = checkIns;
        this.drafts = drafts;
        this.rules = new CheckInRules(vocabulary);
        this.screener = screener;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Stores a new check-in and drops the form's draft in the same transaction; then screens its words (note, tags,
     * the person's own emotion words) for signs of crisis.
     */
    public CompletableFuture<Saved<CheckIn>> save(CheckInContent content) {
        try {
            rules.requireValid(content, today());
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return checkIns.insert(content, Instant.now(clock), NEW_DRAFT).thenApply(this::screened);
    }

    /** Changes a stored check-in, screened like a new one; empty when it no longer exists (deleted meanwhile). */
    public CompletableFuture<Optional<Saved<CheckIn>>> update(long id, CheckInContent content) {
        try {
            rules.requireValid(content, today());
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return checkIns.update(id, content, Instant.now(clock), EDIT_DRAFT).thenApply(stored -> stored.map(this::screened));
    }

    /** Stores many check-ins at once, all or none; every one is checked first. */
    public CompletableFuture<Integer> saveAll(List<CheckInContent> contents) {
        try {
            contents.forEach(content -> rules.requireValid(content, today()));
        } catch (InvalidEntryException e) {
            return CompletableFuture.failedFuture(e);
        }
        return checkIns.insertAll(contents, Instant.now(clock));
    }

    /** What the screening notices in a check-in's own words. */
    public SafetyCheck screen(CheckInContent content) {
        StringBuilder words = new StringBuilder(content.note());
        content.tags().forEach(tag -> words.append('\n').append(tag));
        content.emotions().stream().filter(EmotionRating::custom).forEach(emotion -> words.append('\n').append(emotion.name()));
        content.bodySignals().stream().filter(BodySignalMark::custom).forEach(signal -> words.append('\n').append(signal.name()));
        return screener.screen(words.toString());
    }

    /** The entry is already committed here, so a screening fault must not look like a failed save: it flags instead. */
    private Saved<CheckIn> screened(CheckIn checkIn) {
        SafetyCheck safety;
        try {
            safety = screen(checkIn.content());
        } catch (RuntimeException e) {
            System.getLogger("groundwork").log(System.Logger.Level.WARNING, "screening did not run; showing support", e);
            safety = new SafetyCheck(List.of(), true);
        }
        return new Saved<>(checkIn, safety);
    }

    public CompletableFuture<Optional<CheckIn>> find(long id) {
        return checkIns.find(id);
    }

    public CompletableFuture<Optional<CheckIn>> latest() {
        return checkIns.latest();
    }

    public CompletableFuture<Integer> countToday() {
        return checkIns.countOn(today());
    }

    /** Keeps the form as it stands; an empty form removes the draft instead. */
    public CompletableFuture<Void> keepDraft(CheckInDraft draft) {
        if (draft.isEmpty()) {
            return drafts.clear(kindOf(draft));
        }
        return drafts.save(kindOf(draft), CheckInDraftJson.write(draft), draft.savedAt());
    }

    /** A draft left unsaved, if one can still be read: a new check-in first, else an edit. */
    public CompletableFuture<Optional<CheckInDraft>> draft() {
        return read(NEW_DRAFT).thenCompose(found -> found.isPresent()
                ? CompletableFuture.completedFuture(found)
                : read(EDIT_DRAFT));
    }

    /** Lets this draft go (a new check-in's, or an edit's). */
    public CompletableFuture<Void> discardDraft(CheckInDraft draft) {
        return drafts.clear(kindOf(draft));
    }

    private CompletableFuture<Optional<CheckInDraft>> read(String kind) {
        return drafts.load(kind).thenApply(stored -> stored.flatMap(found -> CheckInDraftJson.read(found.payload())));
    }

    private static String kindOf(CheckInDraft draft) {
        return draft.editingId() == null ? NEW_DRAFT : EDIT_DRAFT;
    }
}
