package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import} as a person types them: files written, counts, dry runs and refusals. */
class TransferCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TransferCommandTest.class.getResource("/imports/" + name).toURI());
    }

    private CommandRun run(String journal, String... args) {
        return CommandRun.in(work.resolve(journal), args);
    }

    @Test
    void aDaylioFileIsPreviewedThenBroughtInAndCountedAsJson() throws Exception {
        Path daylio = resource("daylio-custom-moods.csv");
        CommandRun refused = run("journal", "import", daylio.toString(), "--format", "daylio");
        assertEquals(2, refused.status(), refused.out());
        assertEquals(1, refused.err().strip().lines().count(), "one line: " + refused.err());
        assertTrue(refused.err().startsWith(daylio.toString()) && refused.err().contains("sleepy"), refused.err());

        CommandRun dry = run("journal", "import", daylio.toString(), "--format", "daylio", "--dry-run");
        assertEquals(0, dry.status(), dry.err());
        assertTrue(dry.out().contains("Mood “sleepy” (2 rows) needs a number first"), dry.out());
        assertTrue(dry.out().contains("Nothing was written"), dry.out());

        CommandRun json = run("journal", "import", daylio.toString(), "--format", "daylio", "--mood", "sleepy=4", "--json");
        assertEquals(0, json.status(), json.err());
        JsonNode counts = JSON.readTree(json.out());
        assertEquals(3, counts.get("imported").get("checkin").asInt());
        assertEquals(0, counts.get("skipped").get("checkin").asInt());
        assertFalse(counts.get("dryRun").asBoolean());

        JsonNode again = JSON.readTree(run("journal", "import", daylio.toString(), "--format", "daylio", "--mood", "sleepy=4",
                "--json").out());
        assertEquals(0, again.get("imported").get("checkin").asInt());
        assertEquals(3, again.get("skipped").get("checkin").asInt());
        JsonNode listed = JSON.readTree(run("journal", "list", "--json").out());
        assertEquals(3, listed.size());
    }

    @Test
    void jrnlNotesAreListedAsNotes() throws Exception {
        CommandRun imported = run("journal", "import", resource("jrnl-notes.json").toString(), "--format", "jrnl");
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().contains("4 notes"), imported.out());
        JsonNode listed = JSON.readTree(run("journal", "list", "--json").out());
        assertEquals(4, listed.size());
        assertEquals("note", listed.get(0).get("type").asText());
        assertEquals("Sunday at Mum's, with the cousins, the dog, and far too much cake 🎂\n"
                + "Nobody asked about the job. I asked myself, twice, and answered kindly once.", listed.get(0).get("note").asText());
        assertFalse(listed.get(0).has("mood"));
    }

    @Test
    void anExportRestoresIntoAnEmptyJournalAndExportsTheSameAgain() throws Exception {
        assertEquals(0, run("journal", "checkin", "--mood", "6", "--note", "Quiet day, \"good\" quiet", "--tag", "rest").status());
        assertEquals(0, run("journal", "import", resource("jrnl-notes.json").toString(), "--format", "jrnl").status());
        Path first = work.resolve("first.json");
        CommandRun exported = run("journal", "export", "--format", "json", "--out", first.toString());
        assertEquals(0, exported.status(), exported.err());
        assertEquals("Wrote 5 entries to " + first + ".", exported.out().strip());

        CommandRun restored = run("copy", "import", first.toString(), "--format", "groundwork");
        assertEquals(0, restored.status(), restored.err());
        assertTrue(restored.out().startsWith("Your journal is restored: 1 check-in, 4 notes."), restored.out());
        Path second = work.resolve("second.json");
        assertEquals(0, run("copy", "export", "--format", "json", "--out", second.toString()).status());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void csvAndMarkdownForARangeOfDays() throws Exception {
        assertEquals(0, run("journal", "import", resource("daylio-export.csv").toString(), "--format", "daylio").status());
        Path folder = work.resolve("csv");
        CommandRun csv = run("journal", "export", "--format", "csv", "--out", folder.toString(), "--from", "2024-03-01",
                "--to", "2024-03-01");
        assertEquals(0, csv.status(), csv.err());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("assessments.csv", "checkins.csv", "goals.csv", "notes.csv", "practices.csv", "reframes.csv"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        String checkIns = Files.readString(folder.resolve("checkins.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFdate,time,mood,self_trust,energy,sleep_hours,emotions,body_signals,life_areas,tags,note\r\n"
                + "2024-03-01,07:30,7,,,,,,,,\r\n"
                + "2024-03-01,18:45,3,,,,,,,work; deadline,\"Rough one\nMissed the call.\n\nNot the end of the world, though.\"\r\n",
                checkIns);

        Path markdown = work.resolve("journal.md");
        assertEquals(0, run("journal", "export", "--format", "markdown", "--out", markdown.toString()).status());
        String text = Files.readString(markdown);
        assertTrue(text.startsWith("# Groundwork journal\n"), text);
        assertTrue(text.contains("### 21:10 · Check-in · mood 9 of 10\n\n- Tags: #friends #long-walk #cooking\n\n"
                + "Dinner with Sam, finally\nWe laughed about the \"great exam disaster\" of 2019.\nFelt like me again 🌱\n"), text);

        Path days = work.resolve("days");
        CommandRun perDay = run("journal", "export", "--format", "markdown", "--per-day", "--out", days.toString());
        assertEquals(0, perDay.status(), perDay.err());
        try (Stream<Path> files = Files.list(days)) {
            assertEquals(List.of("2024-02-29.md", "2024-03-01.md", "2024-03-02.md"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void mistakesEndWithOneLineAndStatusTwo() throws Exception {
        Path broken = Files.writeString(work.resolve("broken.json"), "{\"format\":\"groundwork-journal\",\"version\":1,\"entries\":[");
        CommandRun truncated = run("journal", "import", broken.toString(), "--format", "groundwork");
        assertEquals(2, truncated.status());
        assertEquals(broken + ", line 1: the file ends part-way through, so it may have been cut short while it was copied.",
                truncated.err().strip());
        assertEquals(2, run("journal", "import", broken.toString(), "--format", "evernote").status());
        assertEquals(2, run("journal", "export", "--format", "pdf", "--out", work.resolve("x").toString()).status());
        assertEquals(2, run("journal", "export", "--format", "json", "--out", work.resolve("no/such/folder/x.json").toString()).status());
        assertEquals(2, run("journal", "export", "--format", "json", "--from", "2024-03-02", "--to", "2024-03-01", "--out",
                work.resolve("x.json").toString()).status());
        assertEquals(2, run("journal", "import", resource("daylio-export.csv").toString(), "--format", "daylio",
                "--mood", "rad=12").status());
        assertEquals(0, JSON.readTree(run("journal", "list", "--json").out()).size(), "nothing was written");
    }
}
