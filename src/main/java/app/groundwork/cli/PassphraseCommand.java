package app.groundwork.cli;

import app.groundwork.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

    /**
     * Opens the journal, checks it is (or is not) encrypted as the subcommand needs, makes the change and says so in
     * one line.
     */
    private int change(CommandSpec spec, boolean encryptedBefore, Function<JournalAccess, CompletableFuture<Void>> work,
                       String doneKey) {
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            if ((access.passphrase() != null) != encryptedBefore) {
                throw CommandFailure.badInput(Messages.get(encryptedBefore ? "cli.passphrase.none" : "cli.passphrase.alreadySet"));
            }
            JournalAccess.await(work.apply(access));
            spec.commandLine().getOut().println(Messages.get(doneKey));
        }
        return 0;
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
            return parent.change(spec, false, access -> {
                String chosen = newPassphrase(newFile);
                return access.session().passphrase().set(chosen, chosen);
            }, "cli.passphrase.set");
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
            return parent.change(spec, true, access -> {
                String chosen = newPassphrase(newFile);
                return access.session().passphrase().change(access.passphrase(), chosen, chosen);
            }, "cli.passphrase.changed");
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
            return parent.change(spec, true, access -> access.session().passphrase().remove(access.passphrase()),
                    "cli.passphrase.removed");
        }
    }
}
