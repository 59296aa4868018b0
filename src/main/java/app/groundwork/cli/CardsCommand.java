package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.content.Card;
import app.groundwork.content.ContentLibrary;
import app.groundwork.io.LibraryJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code groundwork cards}: every background card, one line each, or as JSON. Needs no journal. */
@Command(name = "cards", mixinStandardHelpOptions = true, description = "List the background cards.")
final class CardsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print them as JSON: id and title.")
    boolean json;

    @Override
    public Integer call() {
        ContentLibrary content = ContentLibrary.loadBundled();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(LibraryJson.cards(content.cards()));
            return 0;
        }
        for (Card card : content.cards()) {
            out.println(Messages.get("cli.cards.line", card.id(), card.title()));
        }
        return 0;
    }
}
