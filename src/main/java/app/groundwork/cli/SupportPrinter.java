package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.Helpline;
import app.groundwork.domain.SupportContact;
import app.groundwork.service.SettingsFile;
import app.groundwork.service.SupportService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the command line says after saving words (or a PHQ-9 answer) that the screening flagged: the same calm
 * message as the app's support panel, the person's own people and the helplines of their region, on stderr so a
 * script reading stdout still gets its JSON.
 */
final class SupportPrinter {
    private SupportPrinter() {
    }

    /** With the journal open: the person's contacts and their own version of the helplines. */
    static void print(JournalAccess access, Path dataDir, PrintWriter err) {
        String region = region(dataDir);
        List<SupportContact> contacts;
        List<Helpline> lines;
        try {
            SupportService support = access.session().support();
            contacts = support.contacts().join();
            lines = support.helplines(region).join();
        } catch (RuntimeException e) {
            // whatever went wrong, the shipped lines still help
            contacts = List.of();
            lines = SupportService.bundledHelplines(access.content(), region);
        }
        print(contacts, lines, err);
    }

    /** Without a journal: the helplines as shipped. */
    static void print(ContentLibrary content, Path dataDir, PrintWriter err) {
        print(List.of(), SupportService.bundledHelplines(content, region(dataDir)), err);
    }

    private static String region(Path dataDir) {
        return new SettingsFile(dataDir).load().regionOrGuess(Locale.getDefault());
    }

    private static void print(List<SupportContact> contacts, List<Helpline> lines, PrintWriter err) {
        err.println();
        err.println(Messages.get("support.title"));
        err.println(Messages.get("support.deserve"));
        err.println(Messages.get("support.emergency"));
        if (!contacts.isEmpty()) {
            err.println();
            err.println(Messages.get("support.contacts.title"));
            contacts.forEach(contact -> err.println(Messages.get("cli.support.contact", contact.name(), contact.reach())));
        }
        if (!lines.isEmpty()) {
            err.println();
            err.println(Messages.get("cli.support.helplines"));
            lines.forEach(line -> err.println(line.hours().isBlank()
                    ? Messages.get("cli.support.contact", line.name(), line.contact())
                    : Messages.get("cli.support.line", line.name(), line.contact(), line.hours())));
        }
        err.flush();
    }
}
