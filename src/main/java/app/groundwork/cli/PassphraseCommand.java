package app.groundwork.cli;

import app.groundwork.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code groundwork passphrase set|change|remove}: encrypt the journal with a passphrase, change it, or make the
 * journal plain again. The current passphrase comes from {@code --passphrase-file} or the console; the new one from
 * {@code --new-passphrase-file} or the console, typed twice. There is no way back in without the passphrase.
 */
@Command(name = "passphrase", mixinStandardHelpOptions = true,
        description = "Set, change or remove the journal's passphrase. Without it an encrypted journal cannot be opened, by anyone.",
        subcommands = {PassphraseCommand.Set.class, PassphraseCommand.Change.class, PassphraseCommand.Remove.class})
final class PassphraseCommand {
    @ParentCommand
    GroundworkCommand root;

    /** The new passphrase: from the file, or typed twice at the console. */
    static String newPassphrase(Path file) {
        if (file != null) {
            return PassphraseSource.fromFile(file, "--new-passphrase-file");
        }
        PassphraseSource console = new PassphraseSource(null, System.console());
        String first = console.read("cli.passphrase.new", "--new-passphrase-file");
        String again = console.read("cli.passphrase.again", "--new-passphrase-file");
        if (!first.equals(again)) {
            throw CommandFailure.badInput(Messages.get("problem.passphrase.differs"));
        }
        return first;
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Encrypt the journal with a new passphrase.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        PassphraseCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--new-passphrase-file", paramLabel = "FILE", description = "Read the new passphrase from the first line of FILE.")
        Path newFile;

        @Override
        public Integer call() {
            try (JournalAccess access = JournalAccess.open(parent.root.resolvedDataDir())) {
                if (access.passphrase() != null) {
                    throw CommandFailure.badInput(Messages.get("cli.passphrase.alreadySet"));
                }
                String chosen = newPassphrase(newFile);
                JournalAccess.await(access.session().passphrase().set(chosen, chosen));
                spec.commandLine().getOut().println(Messages.get("cli.passphrase.set"));
            }
            return 0;
        }
    }

    @Command(name = "change", mixinStandardHelpOptions = true, description = "Change the passphrase of an encrypted journal.")
    static final class Change implements Callable<Integer> {
        @ParentCommand
        PassphraseCommand parent;
        @Spec
        CommandSpec spec;

        @Option(names = "--new-passphrase-file", paramLabel = "FILE", description = "Read the new passphrase from the first line of FILE.")
        Path newFile;

        @Override
        public Integer call() {
            try (JournalAccess access = JournalAccess.open(parent.root.resolvedDataDir())) {
                if (access.passphrase() == null) {
                    throw CommandFailure.badInput(Messages.get("cli.passphrase.none"));
                }
                String chosen = newPassphrase(newFile);
                JournalAccess.await(access.session().passphrase().change(access.passphrase(), chosen, chosen));
                spec.commandLine().getOut().println(Messages.get("cli.passphrase.changed"));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Make an encrypted journal plain again.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        PassphraseCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (JournalAccess access = JournalAccess.open(parent.root.resolvedDataDir())) {
                if (access.passphrase() == null) {
                    throw CommandFailure.badInput(Messages.get("cli.passphrase.none"));
                }
                JournalAccess.await(access.session().passphrase().remove(access.passphrase()));
                spec.commandLine().getOut().println(Messages.get("cli.passphrase.removed"));
            }
            return 0;
        }
    }
}
