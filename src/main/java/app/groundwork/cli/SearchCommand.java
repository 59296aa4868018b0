package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.JournalQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code groundwork search TEXT}: full-text search, every word must appear. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Find entries containing every word of TEXT.")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to find; the last may be the start of a word.")
    String[] words;

    @Option(names = "--json", description = "Print one JSON array of entries.")
    boolean json;

    @Override
    public Integer call() {
        String text = String.join(" ", words);
        if (text.isBlank()) {
            throw CommandFailure.badInput(Messages.get("cli.search.empty"));
        }
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            JournalQuery query = new JournalQuery(text, null, null, null, null, null, Integer.MAX_VALUE);
            EntryPrinter.print(JournalAccess.await(access.session().journal().find(query)), json, access.content(),
                    spec.commandLine().getOut());
        }
        return 0;
    }
}
