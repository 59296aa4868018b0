package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;


    private CommandRun run(String... args) {
        return CommandRun.in(dataDir, args);
    }

    @Test
    void aCheckInFromTheCommandLineIsListedWithTheContractFields() throws Exception {
        CommandRun saved = run("checkin", "--mood", "6", "--self-trust", "4", "--emotion", "hope:40", "--own-emotion", "wobbly:30",
                "--body-signal", "tight-chest", "--area", "work", "--note", "Called my old manager 🙂", "--tag", "work",
                "--date", "2026-03-01", "--time", "08:05");
        assertEquals(0, saved.status(), saved.err());

        CommandRun listed = run("list", "--json");
        assertEquals(0, listed.status(), listed.err());
        JsonNode entries = JSON.readTree(listed.out());
        assertEquals(1, entries.size());
        JsonNode entry = entries.get(0);
        assertTrue(entry.get("id").isNumber());
        assertEquals("checkin", entry.get("type").asText());
        assertEquals("2026-03-01", entry.get("date").asText());
        assertEquals("08:05", entry.get("time").asText());
        assertEquals("Called my old manager 🙂", entry.get("note").asText());
        assertEquals("work", entry.get("tags").get(0).asText());
        assertEquals(6, entry.get("mood").asInt());
    }

    @Test
    void checkInJsonPrintsTheNewEntry() throws Exception {
        CommandRun saved = run("checkin", "--mood", "3", "--json");

        JsonNode entry = JSON.readTree(saved.out());
        assertEquals(3, entry.get("mood").asInt());
        assertEquals(LocalDate.now().toString(), entry.get("date").asText());
        assertFalse(entry.get("safety").get("flagged").asBoolean());
        assertEquals(0, entry.get("safety").get("matched").size());
        assertEquals("", saved.err(), "nothing on stderr for an everyday note");
    }

    @Test
    void aFlaggedCheckInIsSavedAndNamesWhatWasNoticedWithHelplinesOnStderr() throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"), "region=au\n");

        CommandRun saved = run("checkin", "--mood", "2", "--note", "Some nights I just want to go to sleep and never wake up.", "--json");

        assertEquals(0, saved.status(), saved.err());
        JsonNode entry = JSON.readTree(saved.out());
        assertTrue(entry.get("id").isNumber());
        assertTrue(entry.get("safety").get("flagged").asBoolean());
        assertEquals("just want to go to sleep and never wake up", entry.get("safety").get("matched").get(0).asText());
        assertTrue(saved.err().contains("You deserve support right now"), saved.err());
        assertTrue(saved.err().contains("13 11 14"), "Lifeline Australia for the chosen region: " + saved.err());
        assertEquals(1, JSON.readTree(run("list", "--json").out()).size(), "the entry was stored");
    }

    @Test
    void searchFindsByWordsAndPrintsJson() throws Exception {
        run("checkin", "--mood", "4", "--note", "The interview went badly");
        run("checkin", "--mood", "7", "--note", "Long walk by the sea");

        CommandRun found = run("search", "interv", "--json");

        assertEquals(0, found.status(), found.err());
        JsonNode entries = JSON.readTree(found.out());
        assertEquals(1, entries.size());
        assertEquals("The interview went badly", entries.get(0).get("note").asText());
        assertTrue(run("search", "sea").out().contains("[sea]"));
    }

    @Test
    void listKeepsToTheDaysAsked() throws Exception {
        run("checkin", "--mood", "4", "--date", "2026-01-10");
        run("checkin", "--mood", "5", "--date", "2026-02-10");

        JsonNode entries = JSON.readTree(run("list", "--from", "2026-02-01", "--to", "2026-02-28", "--json").out());

        assertEquals(1, entries.size());
        assertEquals("2026-02-10", entries.get(0).get("date").asText());
    }

    @Test
    void badInputExitsTwoWithOneLineAndStoresNothing() throws Exception {
        assertBadInput(run("checkin", "--mood", "11"), "Mood: 11 is outside 1–10.");
        assertBadInput(run("checkin", "--mood", "5", "--emotion", "shamee:40"), "Emotions: “shamee” isn’t one of the listed emotions.");
        assertBadInput(run("checkin", "--mood", "5", "--date", LocalDate.now().plusDays(2).toString()), "Day: ");
        assertBadInput(run("checkin", "--mood", "5", "--date", "2026-13-01"), "--date");
        assertBadInput(run("checkin"), "--mood");
        assertBadInput(run("checkin", "--mood", "5", "--emotion", "shame:lots"), "shame:lots");
        assertBadInput(run("checkin", "--mood", "5", "--note", "x".repeat(1_048_576)), "Note: the note is 1,048,576 characters");
        assertBadInput(run("list", "--from", "2026-02-01", "--to", "2026-01-01"), "--from");
        assertBadInput(run("list", "--limit", "0"), "--limit");

        assertEquals("[ ]", run("list", "--json").out().strip());
    }

    private static void assertBadInput(CommandRun run, String reasonContains) {
        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(reasonContains), run.err());
    }

    @Test
    void demoWritesAYearIntoAnEmptyFolderOnly() throws Exception {
        CommandRun demo = run("demo", "--years", "1", "--seed", "3");
        assertEquals(0, demo.status(), demo.err());

        assertTrue(demo.out().contains("step outcomes"), demo.out());
        JsonNode entries = JSON.readTree(run("list", "--json").out());
        int checkIns = 0;
        int outcomes = 0;
        for (JsonNode entry : entries) {
            checkIns += entry.get("type").asText().equals("checkin") ? 1 : 0;
            outcomes += entry.get("type").asText().equals("goal") ? 1 : 0;
        }
        assertTrue(checkIns > 600 && checkIns < 1600, "about three check-ins a day: " + checkIns);
        assertTrue(outcomes > 200 && outcomes < 900, "step outcomes most days: " + outcomes);
        assertTrue(JSON.readTree(run("wins", "--json").out()).size() > 150);
        JsonNode open = JSON.readTree(run("goal", "list", "--json").out());
        assertTrue(open.size() >= 3, "the demo ends with steps on the list: " + open.size());
        assertBadInput(run("demo", "--years", "1"), "already holds a journal");
        assertBadInput(run("demo", "--years", "0"), "--years");

        StringWriter err = new StringWriter();
        int status = GroundworkCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute("demo", "--years", "1");
        assertEquals(2, status);
        assertTrue(err.toString().contains("--data-dir"), err.toString());
    }

    @Test
    void aNoteFileIsStoredByteForByte() throws Exception {
        String note = "Line one\nمرحبا שלום\nCafe\u0301 ✨\n\ttabbed\n";
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-note.txt");
        Files.writeString(file, note, StandardCharsets.UTF_8);
        try {
            assertEquals(0, run("checkin", "--mood", "5", "--note-file", file.toString()).status());
            JsonNode entries = JSON.readTree(run("list", "--json").out());
            assertEquals(note, entries.get(0).get("note").asText());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aDamagedJournalIsNamedAndLeftAlone() throws Exception {
        Files.createDirectories(dataDir);
        Path journal = dataDir.resolve("journal.db");
        Files.writeString(journal, "not a journal at all");

        CommandRun run = run("list");

        assertEquals(1, run.status());
        assertTrue(run.err().contains(journal.toString()), run.err());
        assertEquals("not a journal at all", Files.readString(journal));
    }
}
