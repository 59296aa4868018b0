package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.transfer.ImportFormat;
import app.groundwork.domain.transfer.ImportPreview;
import app.groundwork.domain.transfer.ImportRefused;
import app.groundwork.domain.transfer.ImportResult;
import app.groundwork.domain.transfer.ParsedImport;
import app.groundwork.io.transfer.TransferJson;
import app.groundwork.service.ImportService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code groundwork import FILE --format groundwork|daylio|jrnl}: reads the file, says what it would bring in, and
 * (unless {@code --dry-run}) brings it in as one transaction. A file that cannot be read exactly ends with exit status 2
 * and one line naming the file, the line or entry, and the reason; the journal is then unchanged.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Bring in a Groundwork export (restore or merge), a Daylio CSV export or a jrnl JSON export.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to bring in.")
    Path file;

    @Option(names = "--format", required = true, paramLabel = "groundwork|daylio|jrnl", description = "What the file is.")
    String format;

    @Option(names = "--dry-run", description = "Only say what would come in; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Report the counts as one JSON line.")
    boolean json;

    @Option(names = "--mood", paramLabel = "NAME=N",
            description = "Daylio: the number (1-10) for a mood, yours or a default (rad=9, good=7, meh=5, bad=3, awful=1).")
    Map<String, Integer> moods = new LinkedHashMap<>();

    @Override
    public Integer call() {
        ImportFormat chosen = ImportFormat.fromId(format)
                .orElseThrow(() -> CommandFailure.badInput(Messages.get("cli.import.format", format)));
        PrintWriter out = spec.commandLine().getOut();
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            ImportService imports = access.session().imports();
            ImportPreview preview = refusedOr(imports.preview(file, chosen, moods));
            if (dryRun) {
                out.println(json ? TransferJson.preview(preview) : describe(preview));
                return 0;
            }
            ImportResult result = refusedOr(imports.bringIn(file, chosen, moods));
            out.println(json ? TransferJson.result(file.toString(), result)
                    : Messages.get(result.restore() ? "cli.import.restored" : "cli.import.done",
                    ImportService.describe(result.imported()), ImportService.describe(result.skipped())));
        }
        return 0;
    }

    /** Waits; a refused file becomes exit status 2 with its one line, anything else a journal error. */
    private static <T> T refusedOr(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ImportRefused) {
                throw CommandFailure.badInput(ImportService.describe(e));
            }
            return JournalAccess.await(future);
        }
    }

    private static String describe(ImportPreview preview) {
        StringBuilder text = new StringBuilder(Messages.get(preview.restore() ? "cli.import.preview.restore" : "cli.import.preview",
                preview.file(), ImportService.describe(preview.toAdd()), ImportService.describe(preview.skipped())));
        if (preview.firstDay() != null) {
            text.append('\n').append(Messages.get("cli.import.preview.days", preview.firstDay(), preview.lastDay()));
        }
        for (ParsedImport.MoodUse mood : preview.moods()) {
            text.append('\n').append(mood.value() == null ? Messages.get("cli.import.mood.unmapped", mood.name(), mood.rows())
                    : Messages.get("cli.import.mood", mood.name(), mood.value(), mood.rows()));
        }
        for (ParsedImport.ImportNote note : preview.notes()) {
            text.append('\n').append(ImportService.describe(note));
        }
        return text.append('\n').append(Messages.get("cli.import.dryRun")).toString();
    }
}
