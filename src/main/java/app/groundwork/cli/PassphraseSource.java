package app.groundwork.cli;

import app.groundwork.Messages;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command gets a passphrase: from a file named on the command line (its first line; a trailing line break is
 * not part of it), or else typed at the console without being shown. Without either, the command stops with one line
 * saying how to give one.
 */
final class PassphraseSource {
    private final Path file;
    private final Console console;

    PassphraseSource(Path file, Console console) {
        this.file = file;
        this.console = console;
    }

    /** The passphrase, asked for with {@code promptKey} at the console when no file was given. */
    String read(String promptKey, String option) {
        if (file != null) {
            return fromFile(file, option);
        }
        if (console == null) {
            throw CommandFailure.badInput(Messages.get("cli.passphrase.noConsole", option));
        }
        char[] typed = console.readPassword("%s", Messages.get(promptKey));
        if (typed == null) {
            throw CommandFailure.badInput(Messages.get("cli.passphrase.noConsole", option));
        }
        return new String(typed);
    }

    static String fromFile(Path file, String option) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CommandFailure.badInput(Messages.get("cli.passphrase.file", file, option));
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            throw CommandFailure.badInput(Messages.get("cli.passphrase.empty", file));
        }
        return line;
    }
}
