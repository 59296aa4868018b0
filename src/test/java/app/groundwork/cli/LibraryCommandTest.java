package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code practices} and {@code cards}: the bundled library, readable without a journal. */
class LibraryCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void practicesAreListedOneLineEachWithTheirLengthAndSteps() {
        CommandRun run = CommandRun.in(dataDir, "practices");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        assertEquals(11, lines.size(), run.out());
        assertEquals("paced-breathing  Slow, paced breathing  (5 minutes, 3 steps)", lines.get(4));
        assertEquals("grounding-54321  Five things, four, three, two, one  (3 minutes, 5 steps)", lines.get(5));
        assertTrue(lines.get(0).startsWith("self-compassion-letter  "), lines.get(0));
    }

    @Test
    void practicesAsJsonGiveIdTitleMinutesAndTheNumberOfSteps() throws Exception {
        CommandRun run = CommandRun.in(dataDir, "practices", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode practices = JSON.readTree(run.out());
        assertEquals(11, practices.size());
        JsonNode writing = practices.get(6);
        assertEquals("expressive-writing", writing.get("id").asText());
        assertEquals("Writing it out, four days in a row", writing.get("title").asText());
        assertEquals(20, writing.get("minutes").asInt());
        assertEquals(3, writing.get("steps").asInt());
        assertEquals(List.of("id", "title", "minutes", "steps"), fieldNames(writing));
    }

    @Test
    void cardsAreListedByIdAndTitleAsTextAndJson() throws Exception {
        CommandRun text = CommandRun.in(dataDir, "cards");
        assertEquals(0, text.status(), text.err());
        int cards = ContentLibrary.loadBundled().cards().size();
        assertEquals(cards, text.out().strip().lines().count());
        assertTrue(text.out().contains("inner-critic  The inner critic\n") || text.out().contains("inner-critic  The inner critic\r\n"),
                text.out());

        JsonNode json = JSON.readTree(CommandRun.in(dataDir, "cards", "--json").out());
        assertEquals(cards, json.size());
        assertEquals("identity-injury", json.get(0).get("id").asText());
        assertEquals("When a setback lands on who you are", json.get(0).get("title").asText());
        assertEquals(List.of("id", "title"), fieldNames(json.get(0)));
    }

    @Test
    void listingTheLibraryLeavesNoJournalBehind() throws Exception {
        CommandRun.in(dataDir, "practices");
        CommandRun.in(dataDir, "cards", "--json");
        try (var files = Files.list(dataDir)) {
            assertFalse(files.findAny().isPresent(), "no journal is opened or created");
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
