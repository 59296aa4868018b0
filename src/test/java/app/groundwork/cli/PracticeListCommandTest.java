package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.PracticeAnswer;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Practice entries on the command line: {@code list} and {@code list --json}. */
class PracticeListCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private CommandRun run(String... args) {
        return CommandRun.in(dataDir, args);
    }

    @Test
    void listShowsAPracticesIdAnswersAndWhetherItIsFinished() throws Exception {
        long finished;
        long draft;
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            finished = session.practices().finish(null, "event-not-identity", List.of(
                    new PracticeAnswer("identity-sentence", "The sentence", "I am a failure at work."),
                    new PracticeAnswer("the-event", "What happened", "One project was cancelled."))).join().entry().entryId();
            draft = session.practices().keep(null, "reconnection-planner", List.of(
                    new PracticeAnswer("who", "Who?", "My cousin Ana"),
                    new PracticeAnswer("how", "How?", ""))).join().orElseThrow().entry().entryId();
        }

        CommandRun listed = run("list", "--json");
        assertEquals(0, listed.status(), listed.err());
        JsonNode entries = JSON.readTree(listed.out());
        assertEquals(2, entries.size());
        JsonNode done = byId(entries, finished);
        assertEquals("practice", done.get("type").asText());
        assertEquals("event-not-identity", done.get("practice").asText());
        assertTrue(done.get("finished").asBoolean());
        assertEquals(2, done.get("answers").size());
        assertEquals("The sentence", done.get("answers").get(0).get("prompt").asText());
        assertEquals("I am a failure at work.", done.get("answers").get(0).get("answer").asText());
        assertEquals("One project was cancelled.", done.get("answers").get(1).get("answer").asText());
        assertFalse(done.has("goalId"), "goal fields stay off a practice entry");

        JsonNode underWay = byId(entries, draft);
        assertEquals("reconnection-planner", underWay.get("practice").asText());
        assertFalse(underWay.get("finished").asBoolean());
        assertEquals("", underWay.get("answers").get(1).get("answer").asText(), "a blank answer is still listed");

        String text = run("list").out();
        assertTrue(text.contains("#" + finished + "  practice  "), text);
        assertTrue(text.contains("Reaching back out to someone · under way"), text);
    }

    private static JsonNode byId(JsonNode entries, long id) {
        for (JsonNode entry : entries) {
            if (entry.get("id").asLong() == id) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + id + " in " + entries);
    }
}
