package app.groundwork.service;

import app.groundwork.domain.DaySummary;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.JournalQuery;
import app.groundwork.store.JournalRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Reading the journal across entry kinds, and deleting entries with undo. */
public final class JournalService {
    private final JournalRepository entries;
    private final Clock clock;

    JournalService(JournalRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public CompletableFuture<List<JournalEntry>> find(JournalQuery query) {
        return entries.find(query);
    }

    /** The newest entries, whatever their kind. */
    public CompletableFuture<List<JournalEntry>> recent(int count) {
        return entries.find(new JournalQuery(null, null, null, null, null, null, count));
    }

    public CompletableFuture<List<DaySummary>> month(YearMonth month) {
        return entries.days(month.atDay(1), month.atEndOfMonth());
    }

    /** Per-day entry counts and mean mood between two days inclusive. */
    public CompletableFuture<List<DaySummary>> days(LocalDate from, LocalDate to) {
        return entries.days(from, to);
    }

    /** Each day's mean self-trust between two days inclusive, days where a check-in gave it, oldest first. */
    public CompletableFuture<List<DayValue>> selfTrustByDay(LocalDate from, LocalDate to) {
        return entries.selfTrustByDay(from, to);
    }

    public CompletableFuture<List<String>> tags() {
        return entries.tags();
    }

    public CompletableFuture<List<String>> customEmotions() {
        return entries.customEmotions();
    }

    /** Hides the entry at once; {@link #undoDelete} brings it back until the journal is next opened. */
    public CompletableFuture<Boolean> delete(long id) {
        return entries.delete(id, Instant.now(clock));
    }

    public CompletableFuture<Boolean> undoDelete(long id) {
        return entries.undoDelete(id);
    }
}
