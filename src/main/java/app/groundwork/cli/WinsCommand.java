package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.OwnWin;
import app.groundwork.domain.Saved;
import app.groundwork.domain.Win;
import app.groundwork.io.GoalJson;
import app.groundwork.service.GoalService;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code groundwork wins}: the wins ledger, newest first — steps done or partly done, experiments carried out, and
 * wins written in by hand ({@code wins add}).
 */
@Command(name = "wins", mixinStandardHelpOptions = true,
        description = "List your wins, newest first: steps done, even partly, experiments, and wins of your own.",
        subcommands = WinsCommand.Add.class)
final class WinsCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day, inclusive.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day, inclusive (default today).")
    LocalDate to;

    @Option(names = "--json", description = "Print one JSON array of wins.")
    boolean json;

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            throw CommandFailure.badInput(Messages.get("cli.list.order", from, to));
        }
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            GoalService goals = access.session().goals();
            List<Win> wins = JournalAccess.await(goals.wins(from != null ? from : GoalLines.BEGINNING,
                    to != null ? to : goals.today()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(GoalJson.wins(wins));
            } else if (wins.isEmpty()) {
                out.println(Messages.get("cli.wins.none"));
            } else {
                wins.forEach(win -> out.println(GoalLines.winLine(win, access.content().goalIdeas())));
            }
        }
        return 0;
    }

    /** {@code wins add TITLE}: a win that was never on a list. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Write in a win of your own: something done that was never on a list.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        WinsCommand wins;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "TITLE", description = "What you did, in a few words (quote it).")
        List<String> words = new ArrayList<>();

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default today; not in the future).")
        LocalDate date;

        @Option(names = "--note", paramLabel = "TEXT", description = "A few words to go with it.")
        String note;

        @Option(names = "--json", description = "Print the win as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (JournalAccess access = JournalAccess.open(wins.root.resolvedDataDir())) {
                GoalService goals = access.session().goals();
                Saved<OwnWin> saved = JournalAccess.await(goals.addWin(date != null ? date : goals.today(),
                        String.join(" ", words).strip(), note));
                OwnWin win = saved.entry();
                PrintWriter out = spec.commandLine().getOut();
                out.println(json ? GoalJson.savedWin(win.asWin(), saved.safety())
                        : Messages.get("cli.wins.added", win.date(), win.title()));
                if (saved.safety().flagged()) {
                    SupportPrinter.print(access, wins.root.resolvedDataDir(), spec.commandLine().getErr());
                }
            }
            return 0;
        }
    }
}
