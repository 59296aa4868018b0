package app.groundwork.service;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.CheckInRules;
import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.TextRules;
import app.groundwork.domain.transfer.ArchiveMerge;
import app.groundwork.domain.transfer.ArchivedEntry;
import app.groundwork.domain.transfer.ImportFormat;
import app.groundwork.domain.transfer.ImportPreview;
import app.groundwork.domain.transfer.ImportRefused;
import app.groundwork.domain.transfer.ImportResult;
import app.groundwork.domain.transfer.MergePlan;
import app.groundwork.domain.transfer.ParsedImport;
import app.groundwork.domain.transfer.TransferCounts;
import app.groundwork.io.transfer.DaylioCsv;
import app.groundwork.io.transfer.GroundworkJson;
import app.groundwork.io.transfer.JrnlJson;
import app.groundwork.io.transfer.TransferWords;
import app.groundwork.store.TransferRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Brings files in: Groundwork's own export (a restore into an empty journal, a merge otherwise), Daylio CSV and jrnl
 * JSON. {@link #preview} reads the file and says what would happen, writing nothing; {@link #bringIn} reads it again
 * and adds everything in one transaction, or nothing. A file that cannot be read exactly fails the future with
 * {@link ImportRefused} (file, place, reason) and the journal is left as it was.
 */
public final class ImportService {
    /** How many entries a preview shows. */
    public static final int FIRST_FEW = 5;

    private final TransferRepository transfers;
    private final TransferIndex index;
    private final CheckInRules checkInRules;
    private final Clock clock;

    ImportService(TransferRepository transfers, ContentLibrary content, Clock clock) {
        this.transfers = transfers;
        this.index = new TransferIndex(content);
        this.checkInRules = new CheckInRules(content.vocabulary());
        this.clock = clock;
    }

    /**
     * What importing {@code file} would add and skip. A Daylio file whose moods are not all mapped gives a preview that
     * lists them without numbers ({@link ImportPreview#ready()} is false).
     *
     * @param moods for Daylio, mood name → 1–10 on top of the defaults; ignored for the other formats
     */
    public CompletableFuture<ImportPreview> preview(Path file, ImportFormat format, Map<String, Integer> moods) {
        return transfers.withJournal(journal -> {
            ParsedImport parsed = parse(file, format, moods);
            MergePlan plan = ArchiveMerge.plan(journal, parsed.archive());
            List<ArchivedEntry> added = plan.newEntries();
            LocalDate first = added.stream().map(ArchivedEntry::date).min(Comparator.naturalOrder()).orElse(null);
            LocalDate last = added.stream().map(ArchivedEntry::date).max(Comparator.naturalOrder()).orElse(null);
            return new ImportPreview(file, format, plan.intoEmpty(), plan.imported(), plan.skipped(), first, last,
                    added.subList(0, Math.min(FIRST_FEW, added.size())), parsed.moods(), parsed.notes());
        });
    }

    /** Adds the file's contents in one transaction; refused (with nothing written) for any problem, unmapped moods too. */
    public CompletableFuture<ImportResult> bringIn(Path file, ImportFormat format, Map<String, Integer> moods) {
        return transfers.merge(journal -> {
            ParsedImport parsed = parse(file, format, moods);
            List<String> unmapped = parsed.unmappedMoods();
            if (!unmapped.isEmpty()) {
                throw new ImportRefused(file, null, "import.refused.daylio.unmapped", String.join(", ", unmapped));
            }
            return parsed.archive();
        }, index).thenApply(plan -> new ImportResult(format, plan.intoEmpty(), plan.imported(), plan.skipped()));
    }

    /**
     * A failed preview or import in one plain line: for a refused file, the file, the place and the reason; for
     * anything else, what went wrong.
     */
    public static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof java.util.concurrent.ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ImportRefused refused) {
            return TransferWords.refusal(refused);
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** "12 check-ins, 4 notes", or "nothing". */
    public static String describe(TransferCounts counts) {
        return TransferWords.counts(counts);
    }

    /** One thing an import noticed, with its place. */
    public static String describe(ParsedImport.ImportNote note) {
        return TransferWords.note(note);
    }

    private ParsedImport parse(Path file, ImportFormat format, Map<String, Integer> moods) {
        Instant now = Instant.now(clock);
        return switch (format) {
            case GROUNDWORK -> GroundworkJson.read(file);
            case DAYLIO -> checked(file, DaylioCsv.read(file, moods == null ? Map.of() : moods, now));
            case JRNL -> checked(file, JrnlJson.read(file, now));
        };
    }

    /** Entries from other apps meet the same rules as entries written here (no day in the future, say). */
    private ParsedImport checked(Path file, ParsedImport parsed) {
        LocalDate today = LocalDate.now(clock);
        List<ArchivedEntry> entries = parsed.archive().entries();
        for (int i = 0; i < entries.size(); i++) {
            ArchivedEntry entry = entries.get(i);
            List<FieldProblem> problems = new ArrayList<>();
            if (entry.checkIn() != null) {
                problems.addAll(checkInRules.problems(entry.checkIn(), today));
            } else {
                TextRules.checkText("note", entry.note(), problems);
                if (entry.date().isAfter(today)) {
                    problems.add(FieldProblem.of("date", "problem.date.future", entry.date().toString()));
                }
            }
            if (!problems.isEmpty()) {
                FieldProblem first = problems.get(0);
                throw new ImportRefused(file, parsed.sources().get(i), first.key(), first.args().toArray());
            }
        }
        return parsed;
    }
}
