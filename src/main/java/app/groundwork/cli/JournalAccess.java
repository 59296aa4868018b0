package app.groundwork.cli;

import app.groundwork.AppContext;
import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.InvalidEntryException;
import app.groundwork.service.JournalSession;
import app.groundwork.service.OpenOutcome;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Opens the journal for one command, turns every way it can fail into one plain line, and closes it after. */
final class JournalAccess implements AutoCloseable {
    /** Where the passphrase of an encrypted journal comes from; set for each run of the command line. */
    private static volatile PassphraseSource passphrases = new PassphraseSource(null, null);

    private final AppContext context;
    private final JournalSession session;
    private final ContentLibrary content;
    private final String passphrase;

    private JournalAccess(AppContext context, JournalSession session, ContentLibrary content, String passphrase) {
        this.context = context;
        this.session = session;
        this.content = content;
        this.passphrase = passphrase;
    }

    /** Sets where an encrypted journal's passphrase comes from for the commands run next. */
    static void usePassphrases(PassphraseSource source) {
        passphrases = source;
    }

    static PassphraseSource passphrases() {
        return passphrases;
    }

    /**
     * Opens the journal; an encrypted one with the passphrase from {@code --passphrase-file} or the console. A wrong
     * passphrase stops the command with one line (exit 2) and nothing changed.
     */
    static JournalAccess open(Path dataDir) {
        AppContext context = new AppContext(dataDir, java.time.Clock.systemDefaultZone());
        AppContext.Ready ready = context.open().join();
        String passphrase = null;
        if (ready.outcome() instanceof OpenOutcome.NeedsPassphrase) {
            try {
                passphrase = passphrases.read("cli.passphrase.prompt", "--passphrase-file");
            } catch (CommandFailure failure) {
                context.close(null).join();
                throw failure;
            }
            ready = context.open(passphrase).join();
        }
        if (ready.outcome() instanceof OpenOutcome.Opened opened) {
            return new JournalAccess(context, opened.session(), ready.content(), passphrase);
        }
        if (ready.outcome() instanceof OpenOutcome.NeedsPassphrase) {
            context.close(null).join();
            throw CommandFailure.badInput(Messages.get("cli.passphrase.wrong", dataDir.resolve("journal.db")));
        }
        context.close(null).join();
        throw new CommandFailure(CommandFailure.CANNOT_CONTINUE, describe(ready.outcome()));
    }

    static String describe(OpenOutcome outcome) {
        if (outcome instanceof OpenOutcome.Locked locked) {
            return Messages.get("cli.locked", locked.file());
        }
        if (outcome instanceof OpenOutcome.Damaged damaged) {
            return damaged.newestBackup()
                    .map(backup -> Messages.get("cli.damaged.backup", damaged.file(), backup))
                    .orElseGet(() -> Messages.get("cli.damaged", damaged.file()));
        }
        if (outcome instanceof OpenOutcome.TooNew tooNew) {
            return Messages.get("cli.tooNew", tooNew.file(), tooNew.schemaVersion());
        }
        if (outcome instanceof OpenOutcome.Failed failed) {
            return Messages.get("cli.failed", failed.file(), failed.reason());
        }
        return outcome.toString();
    }

    /** The passphrase the journal was opened with; {@code null} for a plain journal. */
    String passphrase() {
        return passphrase;
    }

    JournalSession session() {
        return session;
    }

    ContentLibrary content() {
        return content;
    }

    /** Waits for the journal's answer; a refused entry becomes a one-line bad-input failure. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvalidEntryException invalid) {
                throw CommandFailure.badInput(Messages.describe(invalid.problems(), "; "));
            }
            throw new CommandFailure(CommandFailure.CANNOT_CONTINUE,
                    Messages.get("cli.journalError", e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
    }

    /** Takes the day's verified backup (if due) after the command's own work, then closes the journal. */
    @Override
    public void close() {
        session.backUpIfDue().exceptionally(failure -> Optional.empty()).join();
        context.close(session).join();
    }
}
