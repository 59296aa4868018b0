package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DatedText;
import app.groundwork.domain.JournalQuery;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReportSection;
import app.groundwork.domain.Win;
import app.groundwork.io.ProgressReport;
import app.groundwork.io.ProgressReportPdf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            DateRange range = new DateRange(from, to);
            ProgressData data = JournalAccess.await(access.session().progress().load(range));
            List<Win> wins = JournalAccess.await(access.session().goals().wins(from, to));
            List<DatedText> notes = includeNotes ? notes(access, range) : List.of();
            Set<ReportSection> sections = EnumSet.copyOf(ReportSection.DEFAULTS);
            if (includeNotes) {
                sections.add(ReportSection.NOTES);
            }
            ProgressReport report = new ProgressReport(data, wins, notes, sections, access.session().progress().today());
            try {
                ProgressReportPdf.write(report, access.content(), out);
            } catch (IOException e) {
                throw new CommandFailure(CommandFailure.CANNOT_CONTINUE, Messages.get("cli.report.write", out, e.getMessage()));
            }
            spec.commandLine().getOut().println(Messages.get(includeNotes ? "cli.report.doneWithNotes" : "cli.report.done", out));
        }
        return 0;
    }

    /** The person's own words in the period, oldest first. */
    private static List<DatedText> notes(JournalAccess access, DateRange range) {
        JournalQuery query = new JournalQuery(null, range.from(), range.to(), null, null, null, Integer.MAX_VALUE);
        return JournalAccess.await(access.session().journal().find(query)).stream()
                .filter(entry -> !entry.note().isBlank())
                .map(entry -> new DatedText(entry.date(), entry.note()))
                .sorted(java.util.Comparator.comparing(DatedText::date))
                .toList();
    }
}
