package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.BackupInfo;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code groundwork restore FILE}: puts a copy in place of the journal. The copy is checked first (sound, from this
 * version of Groundwork or an earlier one, a Groundwork journal) and the journal as it is now is kept as a copy
 * before it is replaced. A refused file leaves the journal unchanged, with one line saying why (exit status 2).
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Put a copy in place of the journal; the journal as it is now is kept as a copy first.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The copy to restore, for example one in the backups folder.")
    Path file;

    @Override
    public Integer call() {
        Path dataDir = root.resolvedDataDir();
        BackupInfo kept;
        try (JournalAccess access = JournalAccess.open(dataDir)) {
            kept = BackupCommand.await(access.session().backups().restore(file),
                    reason -> Messages.get("cli.restore.refused", reason), "cli.journalError");
        }
        // opened once more, as the next command would: an older copy is brought up to date now, and it is known to open
        JournalAccess.open(dataDir).close();
        spec.commandLine().getOut().println(Messages.get("cli.restore.done", file, kept.file()));
        return 0;
    }
}
