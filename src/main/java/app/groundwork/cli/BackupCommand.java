package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.BackupInfo;
import app.groundwork.domain.BackupRefusedException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code groundwork backup [--out FILE]}: a verified copy of the journal, in the backups folder beside it or at a
 * chosen file, which is never written over.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Take a checked copy of the journal (into the backups folder, or to --out FILE).")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the copy to this new file instead (an existing file is never replaced).")
    Path out;

    @Override
    public Integer call() {
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            BackupInfo copy = await(out == null ? access.session().backups().backUpNow() : access.session().backups().backUpTo(out),
                    UnaryOperator.identity(), "cli.backup.failed");
            spec.commandLine().getOut().println(Messages.get("cli.backup.done", copy.file(), copy.entries().orElse(0)));
        }
        return 0;
    }

    /**
     * Waits for a copy or a restore. A refusal becomes one bad-input line naming the file and the reason (framed by
     * {@code refusal}); anything else one line built from {@code failureKey}.
     */
    static <T> T await(CompletableFuture<T> work, UnaryOperator<String> refusal, String failureKey) {
        try {
            return work.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof BackupRefusedException refused) {
                throw CommandFailure.badInput(refusal.apply(
                        Messages.get("backup.refused." + refused.reason().name(), refused.file())));
            }
            throw new CommandFailure(CommandFailure.CANNOT_CONTINUE, Messages.get(failureKey, cause.getMessage()));
        }
    }
}
