package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.Practice;
import app.groundwork.io.LibraryJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code groundwork practices}: every guided practice, one line each, or as JSON. Needs no journal. */
@Command(name = "practices", mixinStandardHelpOptions = true, description = "List the guided practices.")
final class PracticesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print them as JSON: id, title, minutes and the number of steps.")
    boolean json;

    @Override
    public Integer call() {
        ContentLibrary content = ContentLibrary.loadBundled();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(LibraryJson.practices(content.practices()));
            return 0;
        }
        for (Practice practice : content.practices()) {
            out.println(Messages.get("cli.practices.line", practice.id(), practice.title(), practice.minutes(),
                    practice.steps().size()));
        }
        return 0;
    }
}
