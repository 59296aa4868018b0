package app.groundwork.service;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.transfer.ExportFormat;
import app.groundwork.domain.transfer.ExportResult;
import app.groundwork.domain.transfer.JournalArchive;
import app.groundwork.io.transfer.CsvExport;
import app.groundwork.io.transfer.GroundworkJson;
import app.groundwork.io.transfer.MarkdownExport;
import app.groundwork.store.TransferRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes the journal out: Groundwork JSON (everything, to restore from), CSV (one file per kind, into a folder) or
 * Markdown (one file, or one per day into a folder), for any range of days. Each file is written whole or not at
 * all: it goes to a temporary file beside the target first and is then moved into place.
 */
public final class ExportService {
    private final TransferRepository transfers;
    private final ContentLibrary content;

    ExportService(TransferRepository transfers, ContentLibrary content) {
        this.transfers = transfers;
        this.content = content;
    }

    /**
     * @param out    the file for JSON and one-file Markdown; the folder for CSV and Markdown per day (made if needed)
     * @param from   the first day, inclusive; {@code null} for the beginning
     * @param to     the last day, inclusive; {@code null} for the end
     * @param perDay for Markdown, one file per day into the folder {@code out}
     * @return the files written; fails with {@link UncheckedIOException} when one cannot be written
     */
    public CompletableFuture<ExportResult> export(ExportFormat format, Path out, LocalDate from, LocalDate to, boolean perDay) {
        if (from != null && to != null && from.isAfter(to)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("the range ends before it begins"));
        }
        return transfers.withJournal(journal -> {
            JournalArchive archive = journal.between(from, to);
            List<Path> written = new ArrayList<>();
            switch (format) {
                case JSON -> written.add(writeWhole(out, GroundworkJson.write(archive)));
                case CSV -> {
                    for (Map.Entry<String, String> file : CsvExport.files(archive).entrySet()) {
                        written.add(writeWhole(folder(out).resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8)));
                    }
                }
                case MARKDOWN -> {
                    MarkdownExport markdown = new MarkdownExport(content, Locale.getDefault());
                    if (perDay) {
                        for (Map.Entry<LocalDate, String> day : markdown.perDay(archive).entrySet()) {
                            written.add(writeWhole(folder(out).resolve(day.getKey() + ".md"),
                                    day.getValue().getBytes(StandardCharsets.UTF_8)));
                        }
                    } else {
                        written.add(writeWhole(out, markdown.document(archive).getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
            return new ExportResult(format, written, archive.entries().size());
        });
    }

    private static Path folder(Path out) {
        try {
            return Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes beside the target, then moves into place, so a failed write never leaves half a file. */
    static Path writeWhole(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.write(part, bytes);
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the write already failed; that is what gets reported
            }
            throw new UncheckedIOException(e);
        }
    }
}
