package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.TrapChoice;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThoughtCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private CommandRun run(String... args) {
        return CommandRun.in(dataDir, args);
    }

    @Test
    void suggestionsComeWithTheWordsThatTriggeredThemAndTheFriendTest() throws Exception {
        CommandRun result = run("thought", "--json", "I'm such a failure, I always mess up interviews");

        assertEquals(0, result.status(), result.err());
        JsonNode printed = JSON.readTree(result.out());
        List<String> ids = new ArrayList<>();
        printed.get("traps").forEach(trap -> ids.add(trap.get("id").asText()));
        assertEquals(List.of("overgeneralizing", "labeling"), ids);
        JsonNode labeling = printed.get("traps").get(1);
        assertFalse(labeling.get("name").asText().isBlank());
        assertEquals("I'm such a failure", labeling.get("because").get(0).asText());
        assertEquals("always", printed.get("traps").get(0).get("because").get(0).asText());
        assertTrue(printed.get("friendTest").asText().contains("friend"), printed.get("friendTest").asText());
        assertFalse(printed.get("safety").get("flagged").asBoolean());
        assertFalse(printed.has("id"), "nothing saved without --save");
        assertFalse(Files.exists(dataDir.resolve("journal.db")), "without --save the journal is not opened");
    }

    @Test
    void aNeutralSentenceGetsNoSuggestion() throws Exception {
        CommandRun result = run("thought", "--json", "I'm sad we broke up");

        assertEquals(0, JSON.readTree(result.out()).get("traps").size());
        CommandRun plain = run("thought", "I'm sad we broke up");
        assertTrue(plain.out().startsWith("Nothing in the wording stands out"), plain.out());
        assertTrue(plain.out().contains("The friend test:"), plain.out());
    }

    @Test
    void saveBeginsARecordThatListShowsAsAReframe() throws Exception {
        CommandRun saved = run("thought", "--save", "--json", "Nobody will ever hire me");
        assertEquals(0, saved.status(), saved.err());
        long id = JSON.readTree(saved.out()).get("id").asLong();

        JsonNode entries = JSON.readTree(run("list", "--json").out());

        assertEquals(1, entries.size());
        JsonNode entry = entries.get(0);
        assertEquals(id, entry.get("id").asLong());
        assertEquals("reframe", entry.get("type").asText());
        assertEquals("Nobody will ever hire me", entry.get("thought").asText());
        assertFalse(entry.get("finished").asBoolean());
        assertEquals(0, entry.get("traps").size(), "suggestions are not stored until the person says yes");
    }

    @Test
    void listJsonShowsAFinishedRecordsThoughtAnswerTrapsAndRatings() throws Exception {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            session.reframes().finish(null, new ReframeContent("The panel said no.", "I'm useless",
                    List.of(EmotionRating.known("shame", 80), EmotionRating.custom("gutted", 60)), 90,
                    List.of(TrapChoice.known("labeling", true), TrapChoice.custom("Doom scrolling")),
                    "", "", "", "One no is one no, not a verdict.",
                    List.of(EmotionRating.known("shame", 40)), 35, 3)).join();
        }

        JsonNode entry = JSON.readTree(run("list", "--json").out()).get(0);

        assertEquals("reframe", entry.get("type").asText());
        assertEquals("I'm useless", entry.get("note").asText());
        assertEquals("I'm useless", entry.get("thought").asText());
        assertEquals("The panel said no.", entry.get("situation").asText());
        assertEquals("One no is one no, not a verdict.", entry.get("alternative").asText());
        assertEquals("labeling", entry.get("traps").get(0).get("id").asText());
        assertFalse(entry.get("traps").get(0).get("name").asText().equals("labeling"), "the catalogue name, not the id");
        assertEquals("Doom scrolling", entry.get("traps").get(1).get("name").asText());
        assertTrue(entry.get("traps").get(1).get("custom").asBoolean());
        assertEquals(90, entry.get("before").get("belief").asInt());
        assertEquals("shame", entry.get("before").get("emotions").get(0).get("emotion").asText());
        assertEquals(80, entry.get("before").get("emotions").get(0).get("intensity").asInt());
        assertTrue(entry.get("before").get("emotions").get(1).get("custom").asBoolean());
        assertEquals(35, entry.get("after").get("belief").asInt());
        assertEquals(40, entry.get("after").get("emotions").get(0).get("intensity").asInt());
        assertTrue(entry.get("finished").asBoolean());
        assertEquals("2026-03-17", entry.get("followUp").get("due").asText());
        assertFalse(entry.has("mood"));
    }

    @Test
    void anEmptyThoughtIsRefusedWithOneLine() {
        CommandRun result = run("thought", "  ");

        assertEquals(2, result.status());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("thought"), result.err());
    }

    @Test
    void wordsOfCrisisStillGetTheirSuggestionsAndSupportOnStderr() throws Exception {
        CommandRun result = run("thought", "--json", "Everyone would be better off without me");

        assertTrue(JSON.readTree(result.out()).get("safety").get("flagged").asBoolean());
        assertFalse(result.err().isBlank(), "support is printed on stderr");
        assertEquals(0, result.status());
    }
}
