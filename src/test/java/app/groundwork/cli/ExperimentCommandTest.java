package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private CommandRun run(String... args) {
        return CommandRun.in(dataDir, args);
    }

    private JsonNode json(String... args) throws Exception {
        CommandRun result = run(args);
        assertEquals(0, result.status(), result.err());
        return JSON.readTree(result.out());
    }

    private long addExperiment(int predicted) throws Exception {
        JsonNode added = json("experiment", "add", "Ask a question in the team meeting", "--category", "work", "--size", "3",
                "--fear", "They will think it is a silly question", "--predicted", String.valueOf(predicted), "--json");
        return added.get("id").asLong();
    }

    @Test
    void anExperimentKeepsItsPredictionAndIsListedAsOne() throws Exception {
        JsonNode added = json("experiment", "add", "Ask a question in the team meeting", "--category", "work", "--size", "3",
                "--fear", "They will think it is a silly question", "--predicted", "75", "--due", "2030-05-02", "--json");

        assertEquals("They will think it is a silly question", added.get("experiment").get("fear").asText());
        assertEquals(75, added.get("experiment").get("predicted").asInt());
        assertEquals("2030-05-02", added.get("due").asText());
        assertEquals("", added.get("repeat").asText());
        assertEquals(added.get("experiment"), json("goal", "list", "--json").get(0).get("experiment"));
        String text = run("goal", "list").out();
        assertTrue(text.contains("(Work, size 3, for 2030-05-02, expecting 75 of 100 discomfort)"), text);

        CommandRun plain = run("experiment", "add", "Say no to the extra shift", "--category", "boundaries", "--size", "4",
                "--fear", "My manager will be cross", "--predicted", "60");
        assertTrue(plain.out().startsWith("Set experiment 2: Say no to the extra shift (Boundaries, size 4, any day, "
                + "expecting 60 of 100 discomfort)."), plain.out());
        assertTrue(plain.out().contains("experiment close 2 --actual N"), plain.out());
    }

    @Test
    void closingSaysHowMuchLessUncomfortableItWasAndKeepsTheAfter() throws Exception {
        long id = addExperiment(75);

        CommandRun closed = run("experiment", "close", String.valueOf(id), "--actual", "30", "--happened", "Two people nodded",
                "--learned", "Questions are part of meetings");

        assertEquals(0, closed.status(), closed.err());
        assertEquals("Kept. It was 45 points less uncomfortable than you feared.", closed.out().strip());
        assertFalse(closed.out().contains("!"));
        JsonNode entry = json("list", "--json").get(0);
        assertEquals("goal", entry.get("type").asText());
        assertEquals("done", entry.get("outcome").asText());
        JsonNode experiment = entry.get("experiment");
        assertEquals("They will think it is a silly question", experiment.get("fear").asText());
        assertEquals(75, experiment.get("predicted").asInt());
        assertEquals("Two people nodded", experiment.get("happened").asText());
        assertEquals(30, experiment.get("actual").asInt());
        assertEquals("Questions are part of meetings", experiment.get("learned").asText());
        assertEquals(45, experiment.get("relief").asInt());

        JsonNode win = json("wins", "--json").get(0);
        assertEquals("experiment", win.get("kind").asText());
        assertEquals(45, win.get("relief").asInt());
        assertEquals("work", win.get("category").asText());
        assertEquals(LocalDate.now().toString(), win.get("date").asText());
        assertTrue(run("wins").out().contains("Ask a question in the team meeting  (Work, size 3, 45 points easier than feared)"));
        assertTrue(run("list").out().contains("Ask a question in the team meeting · done · discomfort expected 75, felt 30"));
        assertEquals(0, json("goal", "list", "--json").size(), "a closed experiment leaves the list");
    }

    @Test
    void aHarderOrEvenExperimentIsToldPlainlyAndPartlyCounts() throws Exception {
        long harder = addExperiment(40);
        long even = addExperiment(50);

        CommandRun partly = run("experiment", "close", String.valueOf(harder), "--actual", "41", "--partly");
        assertEquals("Kept as partly done. It was 1 point harder than you expected, and you went through with it.",
                partly.out().strip());
        assertEquals("Kept. It was about as uncomfortable as you expected.",
                run("experiment", "close", String.valueOf(even), "--actual", "50").out().strip());

        JsonNode closed = json("experiment", "close", String.valueOf(harder), "--actual", "10", "--json");
        assertEquals("done", closed.get("outcome").asText(), "closing again the same day replaces the outcome");
        assertEquals(30, closed.get("experiment").get("relief").asInt());
        assertFalse(closed.get("safety").get("flagged").asBoolean());
        assertEquals(2, json("list", "--json").size());
    }

    @Test
    void anExperimentNotYetClosedShowsItsBeforeWithAnEmptyAfter() throws Exception {
        long id = addExperiment(80);

        JsonNode skipped = json("goal", "skip", String.valueOf(id), "--json");

        JsonNode experiment = skipped.get("experiment");
        assertEquals(80, experiment.get("predicted").asInt());
        assertTrue(experiment.get("actual").isNull());
        assertTrue(experiment.get("happened").isNull());
        assertTrue(experiment.get("relief").isNull());
        assertEquals(0, json("wins", "--json").size());
    }
}
