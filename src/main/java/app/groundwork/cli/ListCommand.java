package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.JournalQuery;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code groundwork list}: entries newest first, optionally between two days. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List entries, newest first.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive.")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N entries (default: all).")
    Integer limit;

    @Option(names = "--json", description = "Print one JSON array of entries.")
    boolean json;

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            throw CommandFailure.badInput(Messages.get("cli.list.order", from, to));
        }
        if (limit != null && limit <= 0) {
            throw CommandFailure.badInput(Messages.get("cli.list.limit", limit));
        }
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            JournalQuery query = new JournalQuery(null, from, to, null, null, null, limit == null ? Integer.MAX_VALUE : limit);
            EntryPrinter.print(JournalAccess.await(access.session().journal().find(query)), json, access.content(), spec.commandLine().getOut());
        }
        return 0;
    }
}
