package app.groundwork.cli;

import app.groundwork.Messages;
import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.CheckIn;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.Saved;
import app.groundwork.insight.CheckInResponder;
import app.groundwork.insight.ResponseChoice;
import app.groundwork.io.EntryJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code groundwork checkin}: every field of a check-in as an option. */
@Command(name = "checkin", mixinStandardHelpOptions = true,
        description = "Save a check-in. Only --mood is required.")
final class CheckInCommand implements Callable<Integer> {
    @ParentCommand
    GroundworkCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--mood", required = true, paramLabel = "1-10", description = "Mood right now, 1 (very low) to 10.")
    int mood;

    @Option(names = "--self-trust", paramLabel = "0-10", description = "How much do I trust myself today? 0 to 10.")
    Integer selfTrust;

    @Option(names = "--energy", paramLabel = "1-5", description = "Energy, 1 to 5.")
    Integer energy;

    @Option(names = "--sleep", paramLabel = "HOURS", description = "Hours slept, in half hours (for example 6.5).")
    Double sleep;

    @Option(names = "--emotion", paramLabel = "ID[:0-100]",
            description = "A listed emotion and its intensity, for example shame:70 (default 50). Repeat for more.")
    List<String> emotions = new ArrayList<>();

    @Option(names = "--own-emotion", paramLabel = "WORD[:0-100]", description = "An emotion in your own words. Repeatable.")
    List<String> ownEmotions = new ArrayList<>();

    @Option(names = "--body-signal", paramLabel = "ID", description = "A listed body signal, for example tight-chest. Repeatable.")
    List<String> bodySignals = new ArrayList<>();

    @Option(names = "--own-body-signal", paramLabel = "WORDS", description = "A body signal in your own words. Repeatable.")
    List<String> ownBodySignals = new ArrayList<>();

    @Option(names = "--area", paramLabel = "ID", description = "Life area: study, work, relationship, health, money, other. Repeatable.")
    List<String> areas = new ArrayList<>();

    @Option(names = "--note", paramLabel = "TEXT", description = "The note, stored exactly as given.")
    String note;

    @Option(names = "--note-file", paramLabel = "FILE", description = "Read the note from a UTF-8 file, exactly.")
    Path noteFile;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag (without #). Repeatable.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default today; not in the future).")
    LocalDate date;

    @Option(names = "--time", paramLabel = "HH:MM", description = "The time (default now).")
    LocalTime time;

    @Option(names = "--json", description = "Print the saved check-in as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (note != null && noteFile != null) {
            throw CommandFailure.badInput(Messages.get("cli.checkin.twoNotes"));
        }
        String text = noteFile != null ? readNote(noteFile) : note;
        List<EmotionRating> ratings = new ArrayList<>();
        emotions.forEach(value -> ratings.add(rating(value, false)));
        ownEmotions.forEach(value -> ratings.add(rating(value, true)));
        List<BodySignalMark> signals = new ArrayList<>();
        bodySignals.forEach(id -> signals.add(BodySignalMark.known(id)));
        ownBodySignals.forEach(words -> signals.add(BodySignalMark.custom(words)));
        try (JournalAccess access = JournalAccess.open(root.resolvedDataDir())) {
            CheckInContent content = new CheckInContent(
                    date != null ? date : access.session().checkIns().today(),
                    time != null ? time : LocalTime.now(),
                    mood, selfTrust, energy, sleep, ratings, signals, areas, text, tags);
            Saved<CheckIn> stored = JournalAccess.await(access.session().checkIns().save(content));
            CheckIn saved = stored.entry();
            if (json) {
                spec.commandLine().getOut().println(EntryJson.writeSaved(new JournalEntry(saved.id(), EntryType.CHECKIN,
                        saved.content().date(), saved.content().time(), saved.content().note(), saved.content().tags(),
                        saved.content().mood(), null), stored.safety(),
                        EntryPrinter.trapNames(access.content())));
            } else {
                ResponseChoice reply = new CheckInResponder(access.content()).respond(saved.content());
                spec.commandLine().getOut().println(Messages.get("cli.checkin.saved", saved.id(), saved.content().date(), saved.content().time()));
                spec.commandLine().getOut().println();
                spec.commandLine().getOut().println(reply.response().text());
            }
            if (stored.safety().flagged()) {
                SupportPrinter.print(access, root.resolvedDataDir(), spec.commandLine().getErr());
            }
        }
        return 0;
    }

    private static EmotionRating rating(String value, boolean custom) {
        int colon = value.lastIndexOf(':');
        String name = colon < 0 ? value : value.substring(0, colon);
        int intensity = 50;
        if (colon >= 0) {
            try {
                intensity = Integer.parseInt(value.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                throw CommandFailure.badInput(Messages.get("cli.checkin.intensity", value));
            }
        }
        return new EmotionRating(name.strip(), custom, intensity);
    }

    private static String readNote(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw CommandFailure.badInput(Messages.get("cli.checkin.notUtf8", file));
        } catch (IOException e) {
            throw CommandFailure.badInput(Messages.get("cli.checkin.noteUnreadable", file));
        }
    }
}
