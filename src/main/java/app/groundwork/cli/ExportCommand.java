package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.transfer.ExportFormat;
import app.groundwork.domain.transfer.ExportResult;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code groundwork export}: the journal written out — all of it as Groundwork JSON (to keep, or to restore from with
 * {@code import}), or CSV files for a spreadsheet, or Markdown to read — for any range of days.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write your journal out: JSON to restore from, CSV for spreadsheets, or Markdown to read.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "json|csv|markdown", description = "What to write.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file (json, markdown) or the folder (csv, markdown --per-day) to write to.")
    Path out;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive (default: the first entry).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive (default: the last entry).")
    LocalDate to;

    @Option(names = "--per-day", description = "Markdown only: one file per day, into the folder --out.")
    boolean perDay;

    @Override
    public Integer call() {
        ExportFormat chosen = ExportFormat.fromId(format)
                .orElseThrow(() -> CommandFailure.badInput(Messages.get("cli.export.format", format)));
        if (from != null && to != null && from.isAfter(to)) {
            throw CommandFailure.badInput(Messages.get("cli.list.order", from, to));
        }
        if (perDay && chosen != ExportFormat.MARKDOWN) {
            throw CommandFailure.badInput(Messages.get("cli.export.perDay"));
        }
        boolean intoFolder = chosen == ExportFormat.CSV || perDay;
        Path folder = intoFolder ? out.toAbsolutePath() : out.toAbsolutePath().getParent();
        if (!intoFolder && (folder == null || !Files.isDirectory(folder))) {
            throw CommandFailure.badInput(Messages.get("cli.export.folder", out));
        }
        if (intoFolder && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw CommandFailure.badInput(Messages.get("cli.export.notFolder", out));
        }
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            ExportResult result;
            try {
                result = access.session().exports().export(chosen, out, from, to, perDay).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException unwritten) {
                    throw new CommandFailure(CommandFailure.CANNOT_CONTINUE,
                            Messages.get("cli.export.write", out, unwritten.getCause().getMessage()));
                }
                throw e;
            }
            spec.commandLine().getOut().println(intoFolder
                    ? Messages.get("cli.export.doneFolder", result.entries(), result.files().size(), out)
                    : Messages.get("cli.export.done", result.entries(), out));
        }
        return 0;
    }
}
