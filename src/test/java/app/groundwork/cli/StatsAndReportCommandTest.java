package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsAndReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dataDir;

    private CommandRun run(String... args) {
        return CommandRun.in(dataDir, args);
    }

    private void checkIn(LocalDate date, int mood, int selfTrust, String note) {
        CommandRun saved = run("checkin", "--date", date.toString(), "--mood", String.valueOf(mood), "--self-trust",
                String.valueOf(selfTrust), "--emotion", "anxiety:60", "--note", note);
        assertEquals(0, saved.status(), saved.err());
    }

    @Test
    void statsSumUpAPeriodInFiguresAndAsJson() throws Exception {
        checkIn(TODAY.minusDays(2), 4, 3, "A hard day at the library.");
        checkIn(TODAY.minusDays(1), 6, 5, "Sent the email I had been avoiding.");
        checkIn(TODAY, 8, 7, "Walked with Sam.");
        assertEquals(0, run("goal", "add", "Walk", "--category", "movement", "--size", "1").status());
        assertEquals(0, run("goal", "done", "1").status());

        CommandRun text = run("stats", "--from", TODAY.minusDays(6).toString());
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("Mood: 6.0 on average over 3 days; the 7-day average went from 4.0 to 6.0."), text.out());
        assertTrue(text.out().contains("Wins: 1."), text.out());

        CommandRun json = run("stats", "--json");
        assertEquals(0, json.status(), json.err());
        JsonNode stats = JSON.readTree(json.out());
        assertEquals(TODAY.minusDays(2).toString(), stats.get("from").asText(), "without dates: from the first entry");
        assertEquals(TODAY.toString(), stats.get("to").asText());
        assertEquals(6.0, stats.get("mood").get("mean").asDouble());
        assertEquals(2.0, stats.get("mood").get("change").asDouble());
        assertEquals(5.0, stats.get("selfTrust").get("mean").asDouble());
        assertEquals(3, stats.get("entries").get("checkin").asInt());
        assertEquals(1, stats.get("entries").get("goal").asInt());
        assertEquals("anxiety", stats.get("emotions").get(0).get("id").asText());
        assertEquals(3, stats.get("emotions").get(0).get("count").asInt());
        assertEquals(1, stats.get("wins").asInt());
    }

    @Test
    void statsOnAnEmptyJournalSayNothingIsThereRatherThanZero() throws Exception {
        JsonNode stats = JSON.readTree(run("stats", "--json").out());
        assertTrue(stats.get("mood").isNull());
        assertEquals(0, stats.get("wins").asInt());
        assertTrue(run("stats").out().contains("Mood: no check-ins in this period."));
    }

    @Test
    void aPeriodTheWrongWayRoundIsRefusedInOneLine() {
        CommandRun refused = run("stats", "--from", TODAY.toString(), "--to", TODAY.minusDays(3).toString());
        assertEquals(2, refused.status());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
    }

    @Test
    void theReportIsAPdfWithTheFiguresAndNotesOnlyWhenAskedFor() throws Exception {
        checkIn(TODAY.minusDays(1), 5, 4, "Private words about the interview.");
        Path pdf = dataDir.resolve("report.pdf");

        CommandRun written = run("report", "--from", TODAY.minusDays(30).toString(), "--to", TODAY.toString(), "--out",
                pdf.toString());
        assertEquals(0, written.status(), written.err());
        assertTrue(written.out().startsWith("Wrote "), written.out());
        String text = read(pdf);
        assertTrue(text.contains("progress report"), text);
        assertFalse(text.contains("Private words about the interview."), "notes stay out unless asked for");

        assertEquals(0, run("report", "--from", TODAY.minusDays(30).toString(), "--to", TODAY.toString(), "--out",
                pdf.toString(), "--include-notes").status());
        assertTrue(read(pdf).contains("Private words about the interview."));
    }

    @Test
    void aReportIntoAFolderThatIsNotThereIsRefused() {
        CommandRun refused = run("report", "--from", TODAY.minusDays(3).toString(), "--to", TODAY.toString(), "--out",
                dataDir.resolve("missing/report.pdf").toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("folder doesn’t exist"), refused.err());
        assertFalse(Files.exists(dataDir.resolve("missing")));
    }

    private static String read(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 1);
            return new PDFTextStripper().getText(document);
        }
    }
}
