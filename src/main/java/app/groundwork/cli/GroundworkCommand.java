package app.groundwork.cli;

import app.groundwork.AppContext;
import app.groundwork.DataDirectory;
import app.groundwork.ui.GroundworkApp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code groundwork}: with no subcommand it opens the app window; the subcommands work on the same journal. */
@Command(name = "groundwork",
        mixinStandardHelpOptions = true,
        version = "Groundwork 0.1.0",
        description = "A private, self-guided recovery journal. With no command, opens the app window.",
        subcommands = {CheckInCommand.class, ListCommand.class, SearchCommand.class, AssessCommand.class,
                ThoughtCommand.class, DemoCommand.class, ScreenshotsCommand.class})
public final class GroundworkCommand implements Callable<Integer> {
    @Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the journal (default: $GROUNDWORK_HOME, else $XDG_DATA_HOME/groundwork, else ~/.local/share/groundwork).")
    Path dataDir;

    /** Runs the command line and returns the exit status. */
    public static int run(String[] args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The configured command line, writing to the given streams; tests use this to read what a person would see. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new GroundworkCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((failure, args) -> {
            failure.getCommandLine().getErr().println(failure.getMessage()
                    + " (see: groundwork " + failure.getCommandLine().getCommandName() + " --help)");
            return CommandFailure.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((failure, cmd, parsed) -> {
            if (failure instanceof CommandFailure commandFailure) {
                cmd.getErr().println(commandFailure.getMessage());
                return commandFailure.status();
            }
            throw failure;
        });
        return commandLine;
    }

    Path resolvedDataDir() {
        return DataDirectory.resolve(dataDir, System.getenv(), System.getProperty("user.home"));
    }

    @Override
    public Integer call() {
        GroundworkApp.launchWith(new AppContext(resolvedDataDir(), Clock.systemDefaultZone()));
        return 0;
    }
}
