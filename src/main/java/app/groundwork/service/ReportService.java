package app.groundwork.service;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DatedText;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReportSection;
import app.groundwork.domain.Win;
import app.groundwork.io.ProgressReport;
import app.groundwork.io.ProgressReportPdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The PDF report of a period, for the app's "Make a report" and the {@code report} command: the figures, the wins
 * and, only when the person chose them, their own notes.
 */
public final class ReportService {
    private final ProgressService progress;
    private final GoalService goals;
    private final JournalService journal;
    private final ContentLibrary content;

    ReportService(ProgressService progress, GoalService goals, JournalService journal, ContentLibrary content) {
        this.progress = progress;
        this.goals = goals;
        this.journal = journal;
        this.content = content;
    }

    /**
     * Writes the report of {@code range} with {@code sections} to {@code file}, replacing it whole or not at all.
     *
     * @return the file written
     */
    public CompletableFuture<Path> write(DateRange range, Set<ReportSection> sections, Path file) {
        CompletableFuture<ProgressData> data = progress.load(range);
        CompletableFuture<List<Win>> wins = goals.wins(range.from(), range.to());
        CompletableFuture<List<DatedText>> notes = sections.contains(ReportSection.NOTES)
                ? notes(range) : CompletableFuture.completedFuture(List.of());
        return CompletableFuture.allOf(data, wins, notes).thenApply(done -> {
            ProgressReport report = new ProgressReport(data.join(), wins.join(), notes.join(), sections, progress.today());
            try {
                ProgressReportPdf.write(report, content, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        });
    }

    /** The person's own words in the period, oldest first. */
    private CompletableFuture<List<DatedText>> notes(DateRange range) {
        JournalQuery query = new JournalQuery(null, range.from(), range.to(), null, null, null, Integer.MAX_VALUE);
        return journal.find(query).thenApply(entries -> entries.stream()
                .filter(entry -> !entry.note().isBlank())
                .map(entry -> new DatedText(entry.date(), entry.note()))
                .sorted(Comparator.comparing(DatedText::date))
                .toList());
    }
}
