package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.ReportSection;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code groundwork report}: a PDF summary of a period to keep or to bring to a therapist — charts, the week-by-week
 * numbers, the traps most worked on, wins and self-assessment scores. The person's own notes are left out unless
 * {@code --include-notes} asks for them.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write a PDF summary of a period.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--include-notes", description = "Also include your own notes (left out unless you ask).")
    boolean includeNotes;

    @Override
    public Integer call() {
        if (from.isAfter(to)) {
            throw CommandFailure.badInput(Messages.get("cli.list.order", from, to));
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw CommandFailure.badInput(Messages.get("cli.report.folder", out));
        }
        Set<ReportSection> sections = EnumSet.copyOf(ReportSection.DEFAULTS);
        if (includeNotes) {
            sections.add(ReportSection.NOTES);
        }
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            try {
                access.session().reports().write(new DateRange(from, to), sections, out).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException unwritten) {
                    throw new CommandFailure(CommandFailure.CANNOT_CONTINUE,
                            Messages.get("cli.report.write", out, unwritten.getCause().getMessage()));
                }
                throw e;
            }
            spec.commandLine().getOut().println(Messages.get(includeNotes ? "cli.report.doneWithNotes" : "cli.report.done", out));
        }
        return 0;
    }
}
