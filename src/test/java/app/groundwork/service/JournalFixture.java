package app.groundwork.service;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.CheckInVocabulary;
import app.groundwork.domain.EmotionRating;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/** A real journal in a temporary folder, run synchronously on the test's thread with a fixed clock. */
public final class JournalFixture {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T18:30:00Z"), ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    /** The bundled content, loaded once for every test that opens a journal. */
    public static final ContentLibrary CONTENT = ContentLibrary.loadBundled();
    public static final CheckInVocabulary VOCABULARY = new CheckInVocabulary(
            Set.of("embarrassment", "shame", "anger", "grief", "numbness", "anxiety", "loneliness", "fear", "guilt",
                    "disappointment", "envy", "relief", "hope", "calm", "pride", "gratitude"),
            Set.of("tight-chest", "racing-heart", "tense-shoulders", "urge-to-hide", "dislike-being-watched",
                    "heavy-limbs", "knot-in-stomach", "poor-sleep"),
            Set.of("study", "work", "relationship", "health", "money", "other"));

    private JournalFixture() {
    }

    public static OpenOutcome open(Path dataDir) {
        return new JournalOpener(CONTENT, CLOCK).openHere(dataDir, Runnable::run);
    }

    public static JournalSession openSession(Path dataDir) {
        return openSession(dataDir, CLOCK);
    }

    /** A session whose "now" is {@code clock}, for what happens days later. */
    public static JournalSession openSession(Path dataDir, Clock clock) {
        OpenOutcome outcome = new JournalOpener(CONTENT, clock).openHere(dataDir, Runnable::run);
        if (outcome instanceof OpenOutcome.Opened opened) {
            return opened.session();
        }
        throw new AssertionError("journal did not open: " + outcome);
    }

    public static CheckInContent checkIn(LocalDate date, int mood, String note, String... tags) {
        return new CheckInContent(date, LocalTime.of(9, 15), mood, 4, 3, 7.5,
                List.of(EmotionRating.known("shame", 70)), List.of(), List.of("study"), note, List.of(tags));
    }
}
