package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    private Path dataDir;
    private Locale before;


    @BeforeEach
    void setUp() {
        dataDir = home.resolve("journal");
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private CommandRun run(String... args) {
        return CommandRun.in(dataDir, args);
    }

    @Test
    void scoresWithoutOpeningTheJournal() {
        CommandRun run = run("assess", "who5", "--answers", "3,4,2,3,4");

        assertEquals(0, run.status(), run.err());
        assertEquals("WHO-5 wellbeing: 64 of 100", run.out().lines().findFirst().orElseThrow());
        assertEquals(2, run.out().strip().lines().count(), run.out());
        assertTrue(run.out().contains("information, not a diagnosis"), run.out());
        assertFalse(run.out().contains("Saved"), run.out());
        assertFalse(Files.exists(dataDir), "no journal is created or opened without --save");
    }

    @Test
    void jsonIsExactlyTheContract() {
        assertEquals("{\"instrument\":\"phq9\",\"score\":7,\"band\":\"mild\",\"safety\":{\"flagged\":false}}",
                run("assess", "phq9", "--answers", "1,1,1,1,1,1,1,0,0", "--json").out().strip());
        assertEquals("{\"instrument\":\"phq9\",\"score\":1,\"band\":\"minimal\",\"safety\":{\"flagged\":true}}",
                run("assess", "phq9", "--answers", "0,0,0,0,0,0,0,0,1", "--json").out().strip());
        assertEquals("{\"instrument\":\"who5\",\"score\":64,\"safety\":{\"flagged\":false}}",
                run("assess", "who5", "--answers", "3,4,2,3,4", "--json").out().strip());
        assertEquals("{\"instrument\":\"rses\",\"score\":30,\"safety\":{\"flagged\":false}}",
                run("assess", "rses", "--answers", "3,0,3,3,0,0,3,0,0,3", "--json").out().strip());
        assertEquals("{\"instrument\":\"scssf\",\"score\":3.00,\"safety\":{\"flagged\":false}}",
                run("assess", "scssf", "--answers", "5,5,5,5,5,5,5,5,5,5,5,5", "--json").out().strip());
        assertEquals("{\"instrument\":\"scssf\",\"score\":4.92,\"safety\":{\"flagged\":false}}",
                run("assess", "scssf", "--answers", "1, 5, 5, 1, 5, 5, 5, 1, 1, 5, 1, 2", "--json").out().strip());
        assertFalse(Files.exists(dataDir));
    }

    @Test
    void aPhq9WithItemNineAboveZeroPrintsSupportOnStderrAndKeepsStdoutClean() throws Exception {
        CommandRun run = run("assess", "phq9", "--answers", "1,1,1,1,1,1,1,0,2", "--json");

        assertEquals(0, run.status(), run.err());
        assertTrue(JSON.readTree(run.out()).get("safety").get("flagged").asBoolean());
        assertTrue(run.err().contains("You deserve support right now"), run.err());
        assertTrue(run.err().contains("116 123"), "a UK locale means the UK and Ireland lines: " + run.err());
        assertFalse(Files.exists(dataDir), "still no journal without --save");

        CommandRun calm = run("assess", "phq9", "--answers", "1,1,1,1,1,1,1,0,0");
        assertEquals("", calm.err());
    }

    @Test
    void textNamesTheScaleAndDescribesTheRange() {
        CommandRun gad7 = run("assess", "gad7", "--answers", "2,2,2,2,2,2,0");
        assertEquals("GAD-7 anxiety: 12 of 21", gad7.out().lines().findFirst().orElseThrow());
        assertTrue(gad7.out().contains("moderate range"), gad7.out());
        CommandRun scssf = run("assess", "scssf", "--answers", "1,5,5,1,5,5,5,1,1,5,1,2");
        assertEquals("SCS-SF self-compassion: 4.92 of 5", scssf.out().lines().findFirst().orElseThrow());
    }

    @Test
    void saveKeepsItInTheJournalWhereListShowsIt() throws Exception {
        CommandRun saved = run("assess", "gad7", "--answers", "1,1,1,1,1,1,1", "--save");

        assertEquals(0, saved.status(), saved.err());
        assertEquals("GAD-7 anxiety: 7 of 21", saved.out().lines().findFirst().orElseThrow());
        assertEquals("Saved to your journal.", saved.out().strip().lines().reduce((a, b) -> b).orElseThrow());

        JsonNode entries = JSON.readTree(run("list", "--json").out());
        assertEquals(1, entries.size());
        JsonNode entry = entries.get(0);
        assertEquals("assessment", entry.get("type").asText());
        assertEquals(LocalDate.now().toString(), entry.get("date").asText());
        assertEquals("", entry.get("note").asText());
        assertFalse(entry.has("mood"));
        assertEquals("gad7", entry.get("assessment").get("instrument").asText());
        assertEquals(7, entry.get("assessment").get("score").intValue());
        assertTrue(entry.get("assessment").get("score").isIntegralNumber());
        assertEquals("mild", entry.get("assessment").get("band").asText());

        assertTrue(run("list").out().contains("assessment  GAD-7 · 7 of 21"), run("list").out());
        assertEquals(1, JSON.readTree(run("search", "anxiety", "--json").out()).size());
    }

    @Test
    void saveWithJsonPrintsOnlyTheJsonAndAnUnbandedEntryHasNoBand() throws Exception {
        CommandRun saved = run("assess", "scssf", "--answers", "3,3,3,3,3,3,3,3,3,3,3,4", "--save", "--json");

        assertEquals("{\"instrument\":\"scssf\",\"score\":2.92,\"safety\":{\"flagged\":false}}", saved.out().strip());
        JsonNode assessment = JSON.readTree(run("list", "--json").out()).get(0).get("assessment");
        assertEquals("2.92", assessment.get("score").toString());
        assertFalse(assessment.has("band"));
    }

    @Test
    void badInputExitsTwoWithOneLineAndStoresNothing() throws Exception {
        assertBadInput(run("assess", "bdi", "--answers", "1,2"), "“bdi” isn’t one of the assessments; use one of who5, phq9, gad7, rses, scssf.");
        assertBadInput(run("assess", "phq9", "--answers", "1,1,1,1,1,1,1,1"), "Answers: PHQ-9 has 9 questions; 8 answers were given.");
        assertBadInput(run("assess", "phq9", "--answers", "1,1,7,1,1,1,1,1,1", "--save"), "Answers: Answer 3 is 7; PHQ-9 answers run from 0 to 3.");
        assertBadInput(run("assess", "who5", "--answers", "1,two,3,4,5"), "“two” isn’t a whole number");
        assertBadInput(run("assess", "who5", "--answers", "1,,3,4,5"), "isn’t a whole number");
        assertBadInput(run("assess", "rses", "--answers=-1,0,0,0,0,0,0,0,0,0", "--save"), "Answer 1 is -1; RSES answers run from 0 to 3.");
        assertBadInput(run("assess", "who5"), "--answers");
        assertBadInput(run("assess", "--answers", "1,2,3,4,5"), "INSTRUMENT");

        assertFalse(Files.exists(dataDir), "nothing was stored, not even an empty journal");
    }

    private static void assertBadInput(CommandRun run, String reasonContains) {
        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(reasonContains), run.err());
        assertEquals("", run.out());
    }
}
