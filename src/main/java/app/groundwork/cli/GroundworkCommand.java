package app.groundwork.cli;

import app.groundwork.AppContext;
import app.groundwork.DataDirectory;
import app.groundwork.Messages;
import app.groundwork.ui.GroundworkApp;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code groundwork}: with no subcommand it opens the app window; the subcommands work on the same journal. */
@Command(name = "groundwork",
        mixinStandardHelpOptions = true,
        version = "Groundwork 0.1.0",
        description = "A private, self-guided recovery journal. With no command, opens the app window.",
        subcommands = {CheckInCommand.class, ListCommand.class, SearchCommand.class, AssessCommand.class,
                ThoughtCommand.class, GoalCommand.class, ExperimentCommand.class, WinsCommand.class, StatsCommand.class, ReportCommand.class, DemoCommand.class,
                ScreenshotsCommand.class, PracticesCommand.class, CardsCommand.class, PassphraseCommand.class,
                BackupCommand.class, RestoreCommand.class, ExportCommand.class, ImportCommand.class})
public final class GroundworkCommand implements Callable<Integer> {
    @Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of the journal (default: $GROUNDWORK_HOME, else $XDG_DATA_HOME/groundwork, else ~/.local/share/groundwork).")
    Path dataDir;

    @Option(names = "--passphrase-file", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FILE",
            description = "For an encrypted journal: read the passphrase from the first line of FILE instead of asking for it.")
    Path passphraseFile;

    /** Runs the command line and returns the exit status. */
    public static int run(String[] args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The configured command line, writing to the given streams; tests use this to read what a person would see. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        GroundworkCommand root = new GroundworkCommand();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionStrategy(parsed -> {
            JournalAccess.usePassphrases(new PassphraseSource(root.passphraseFile, System.console()));
            return new CommandLine.RunLast().execute(parsed);
        });
        commandLine.registerConverter(LocalDate.class, GroundworkCommand::day);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((failure, args) -> {
            failure.getCommandLine().getErr().println(failure.getMessage()
                    + " (see: " + failure.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
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

    /** A day written as YYYY-MM-DD, with a one-line reason when it is not one. */
    private static LocalDate day(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(Messages.get("cli.date", value));
        }
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
