package app.groundwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalCommandTest {
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

    private long add(String... args) throws Exception {
        String[] withJson = new String[args.length + 3];
        withJson[0] = "goal";
        withJson[1] = "add";
        System.arraycopy(args, 0, withJson, 2, args.length);
        withJson[withJson.length - 1] = "--json";
        return json(withJson).get("id").asLong();
    }

    @Test
    void aStepAddedListedAndDoneBecomesAWin() throws Exception {
        CommandRun added = run("goal", "add", "Walk to the end of the street", "--category", "movement", "--size", "1");
        assertEquals(0, added.status(), added.err());
        assertTrue(added.out().startsWith("Set step 1: Walk to the end of the street (Body & movement, size 1, any day)."),
                added.out());

        CommandRun listed = run("goal", "list");
        assertEquals("#1  Walk to the end of the street  (Body & movement, size 1, any day)", listed.out().strip());

        CommandRun done = run("goal", "done", "1", "--note", "Windy but fine");
        assertEquals(0, done.status(), done.err());
        assertEquals("Marked step 1 done for " + LocalDate.now() + ": Walk to the end of the street.", done.out().strip());
        assertEquals("", done.err());

        JsonNode wins = json("wins", "--json");
        assertEquals(1, wins.size());
        JsonNode win = wins.get(0);
        assertEquals(LocalDate.now().toString(), win.get("date").asText());
        assertEquals("Walk to the end of the street", win.get("title").asText());
        assertEquals("step", win.get("kind").asText());
        assertEquals("movement", win.get("category").asText());
        assertEquals(1, win.get("size").asInt());
        assertEquals("Windy but fine", win.get("note").asText());
        assertTrue(win.get("relief").isNull());
        assertEquals(0, json("goal", "list", "--json").size(), "a one-off step done leaves the list");
        assertEquals(LocalDate.now() + "  Walk to the end of the street  (Body & movement, size 1)", run("wins").out().strip());
    }

    @Test
    void addJsonPrintsTheNewStepWithItsId() throws Exception {
        JsonNode goal = json("goal", "add", "Reply to Jo's message", "--category", "social", "--size", "2",
                "--due", "2030-01-15", "--note", "Just a line is enough", "--json");

        assertTrue(goal.get("id").asLong() > 0);
        assertEquals("Reply to Jo's message", goal.get("title").asText());
        assertEquals("social", goal.get("category").asText());
        assertEquals(2, goal.get("size").asInt());
        assertEquals("", goal.get("repeat").asText());
        assertEquals("2030-01-15", goal.get("due").asText());
        assertEquals("Just a line is enough", goal.get("note").asText());
        assertEquals(LocalDate.now().toString(), goal.get("createdOn").asText());
        assertTrue(goal.get("endedOn").isNull());
        assertTrue(goal.get("experiment").isNull());
        assertFalse(goal.get("safety").get("flagged").asBoolean());

        JsonNode listed = json("goal", "list", "--json");
        assertEquals(1, listed.size());
        assertEquals(goal.get("id").asLong(), listed.get(0).get("id").asLong());
        assertFalse(listed.get(0).has("safety"), "only something just saved says what the screening noticed");
        assertTrue(run("goal", "list").out().contains("(Reconnecting, size 2, for 2030-01-15)"));
    }

    @Test
    void aRecurringStepKeepsItsDaysAndStaysOnTheListWhenDone() throws Exception {
        long walk = add("Short walk", "--category", "movement", "--size", "2", "--repeat", "mon,wed");
        long water = add("Glass of water", "--category", "self-care", "--size", "1", "--repeat", "Daily");

        JsonNode listed = json("goal", "list", "--json");
        assertEquals("mon,wed", listed.get(0).get("repeat").asText());
        assertTrue(listed.get(0).get("due").isNull());
        assertEquals("daily", listed.get(1).get("repeat").asText());
        String text = run("goal", "list").out();
        assertTrue(text.contains("#" + walk + "  Short walk  (Body & movement, size 2, on Mon, Wed)"), text);
        assertTrue(text.contains("#" + water + "  Glass of water  (Self-care, size 1, every day)"), text);

        assertEquals(0, run("goal", "done", String.valueOf(walk), "--date", LocalDate.now().minusDays(1).toString()).status());
        assertEquals(0, run("goal", "done", String.valueOf(walk)).status());
        assertEquals(2, json("goal", "list", "--json").size(), "a recurring step stays until it is let go");
        assertEquals(2, json("wins", "--json").size(), "one win per day it was done");
    }

    @Test
    void skippedAndLetGoStepsAreNoWinsAndLetGoLeavesTheList() throws Exception {
        long call = add("Call the bank", "--category", "self-care", "--size", "3");
        long park = add("Run round the park", "--category", "movement", "--size", "4", "--repeat", "sat,sun");

        CommandRun skipped = run("goal", "skip", String.valueOf(call), "--note", "Too tired today");
        assertEquals("Step " + call + " skipped for " + LocalDate.now() + ": Call the bank. It stays on your list.",
                skipped.out().strip());
        CommandRun letGo = run("goal", "let-go", String.valueOf(park));
        assertTrue(letGo.out().startsWith("Let step " + park + " go on " + LocalDate.now() + ": Run round the park."),
                letGo.out());

        JsonNode open = json("goal", "list", "--json");
        assertEquals(1, open.size());
        assertEquals(call, open.get(0).get("id").asLong());
        JsonNode all = json("goal", "list", "--all", "--json");
        assertEquals(2, all.size());
        assertEquals(LocalDate.now().toString(), all.get(1).get("endedOn").asText());
        assertTrue(run("goal", "list", "--all").out().contains("off the list since " + LocalDate.now()));
        assertEquals(0, json("wins", "--json").size());
        assertTrue(run("wins").out().startsWith("No wins in these days yet."), run("wins").out());
    }

    @Test
    void markJsonIsTheEntryListJsonShows() throws Exception {
        long id = add("Study for fifteen minutes", "--category", "study", "--size", "2");

        JsonNode mark = json("goal", "done", String.valueOf(id), "--partly", "--note", "Ten minutes, then stopped", "--json");

        assertEquals("goal", mark.get("type").asText());
        assertEquals("partly", mark.get("outcome").asText());
        assertFalse(mark.get("safety").get("flagged").asBoolean());
        JsonNode entry = json("list", "--json").get(0);
        assertEquals(mark.get("id").asLong(), entry.get("id").asLong());
        assertEquals("goal", entry.get("type").asText());
        assertEquals(id, entry.get("goalId").asLong());
        assertEquals("Study for fifteen minutes", entry.get("title").asText());
        assertEquals("study", entry.get("category").asText());
        assertEquals(2, entry.get("size").asInt());
        assertEquals("partly", entry.get("outcome").asText());
        assertEquals("Ten minutes, then stopped", entry.get("note").asText());
        assertFalse(entry.has("experiment"), "a plain step has no before and after");
        assertFalse(entry.has("mood"));
        assertEquals("partly", json("wins", "--json").get(0).get("kind").asText());

        String text = run("list").out();
        assertTrue(text.contains("goal  Study for fifteen minutes · partly done"), text);
        assertTrue(text.contains("    Ten minutes, then stopped"), text);
        assertTrue(run("search", "fifteen").out().contains("Study for fifteen minutes · partly done"));
    }

    @Test
    void winsAreNewestFirstAndKeepToTheDaysAsked() throws Exception {
        LocalDate today = LocalDate.now();
        long id = add("Open the curtains", "--category", "self-care", "--size", "1", "--repeat", "daily");
        run("goal", "done", String.valueOf(id), "--date", today.minusDays(10).toString());
        run("goal", "done", String.valueOf(id), "--date", today.minusDays(3).toString());
        CommandRun own = run("wins", "add", "Fixed the bike chain myself", "--date", today.minusDays(5).toString(),
                "--note", "Oil everywhere", "--json");
        assertEquals(0, own.status(), own.err());
        JsonNode ownWin = JSON.readTree(own.out());
        assertEquals("own", ownWin.get("kind").asText());
        assertTrue(ownWin.get("category").isNull());
        assertTrue(ownWin.get("size").isNull());

        JsonNode wins = json("wins", "--json");
        List<String> dates = new ArrayList<>();
        wins.forEach(win -> dates.add(win.get("date").asText()));
        assertEquals(List.of(today.minusDays(3).toString(), today.minusDays(5).toString(), today.minusDays(10).toString()), dates);
        assertEquals("Fixed the bike chain myself", wins.get(1).get("title").asText());
        assertEquals("Oil everywhere", wins.get(1).get("note").asText());

        JsonNode some = json("wins", "--from", today.minusDays(6).toString(), "--to", today.minusDays(4).toString(), "--json");
        assertEquals(1, some.size());
        assertEquals("own", some.get(0).get("kind").asText());
        assertTrue(run("wins").out().contains(today.minusDays(5) + "  Fixed the bike chain myself  (your own)"));
        assertEquals("Added a win for " + today + ": Made the phone call.",
                run("wins", "add", "Made the phone call").out().strip());
    }

    @Test
    void badInputExitsTwoWithOneLineAndChangesNothing() throws Exception {
        long step = add("Tidy the desk", "--category", "work", "--size", "1");
        long experiment = json("experiment", "add", "Ask a question in class", "--category", "study", "--size", "3",
                "--fear", "Everyone will stare", "--predicted", "70", "--json").get("id").asLong();
        String goalsBefore = run("goal", "list", "--all", "--json").out();
        String entriesBefore = run("list", "--json").out();
        String winsBefore = run("wins", "--json").out();

        assertBadInput(run("goal", "add", "Stretch", "--category", "fitness", "--size", "1"),
                "“fitness” isn’t one of the step categories; use one of self-care, movement, study, work, social, solo, boundaries, joy.");
        assertBadInput(run("goal", "add", "Stretch", "--category", "movement", "--size", "6"), "Size: 6 isn’t a size; use 1 (tiny) to 5 (a stretch).");
        assertBadInput(run("goal", "add", "Stretch", "--category", "movement", "--size", "0"), "Size: 0 isn’t a size");
        assertBadInput(run("goal", "add", "Stretch", "--category", "movement", "--size", "1", "--repeat", "mon,someday"),
                "“mon,someday” isn’t a repeat");
        assertBadInput(run("goal", "add", "Stretch", "--category", "movement", "--size", "1", "--due", "2026-02-30"),
                "“2026-02-30” isn’t a day on the calendar");
        assertBadInput(run("goal", "add", "Stretch", "--category", "movement", "--size", "1", "--repeat", "daily",
                "--due", "2030-01-01"), "a step that repeats has no single day");
        assertBadInput(run("goal", "add", " ", "--category", "movement", "--size", "1"), "The step: give the step a few words");
        assertBadInput(run("goal", "add", "Stretch", "--size", "1"), "--category");
        assertBadInput(run("goal", "done", "99"), "There is no step 99.");
        assertBadInput(run("goal", "skip", "99"), "There is no step 99.");
        assertBadInput(run("goal", "let-go", "99"), "There is no step 99.");
        assertBadInput(run("goal", "done", "one"), "'one'");
        assertBadInput(run("goal", "done", String.valueOf(step), "--date", LocalDate.now().plusDays(1).toString()),
                "Day: " + LocalDate.now().plusDays(1) + " hasn’t come yet");
        assertBadInput(run("goal", "done", String.valueOf(step), "--date", "14/03/2026"), "“14/03/2026” isn’t a day on the calendar");
        assertBadInput(run("goal"), "Say what to do with a step");
        assertBadInput(run("experiment", "add", "Speak up", "--category", "work", "--size", "3", "--fear", "Silence",
                "--predicted", "101"), "Expected discomfort: 101 is outside 0–100.");
        assertBadInput(run("experiment", "add", "Speak up", "--category", "work", "--size", "3", "--fear", "Silence",
                "--predicted", "-1"), "Expected discomfort: -1 is outside 0–100.");
        assertBadInput(run("experiment", "add", "Speak up", "--category", "work", "--size", "3", "--predicted", "50"), "--fear");
        assertBadInput(run("experiment", "close", String.valueOf(experiment), "--actual", "101"),
                "Actual discomfort: 101 is outside 0–100.");
        assertBadInput(run("experiment", "close", String.valueOf(step), "--actual", "20"),
                "Step " + step + ", “Tidy the desk”, has no prediction to compare with; mark it with goal done " + step + " instead.");
        assertBadInput(run("experiment", "close", "99", "--actual", "20"), "There is no step 99.");
        assertBadInput(run("experiment"), "Say what to do with an experiment");
        assertBadInput(run("wins", "add", "Went out", "--date", LocalDate.now().plusDays(3).toString()), "hasn’t come yet");
        assertBadInput(run("wins", "--from", "2026-03-10", "--to", "2026-03-01"), "--from 2026-03-10 is after --to 2026-03-01.");

        assertEquals(goalsBefore, run("goal", "list", "--all", "--json").out());
        assertEquals(entriesBefore, run("list", "--json").out());
        assertEquals(winsBefore, run("wins", "--json").out());
        assertEquals("[ ]", entriesBefore.strip());
        assertEquals(2, JSON.readTree(goalsBefore).size());
    }

    private static void assertBadInput(CommandRun run, String reasonContains) {
        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(reasonContains), run.err());
        assertEquals("", run.out());
    }

    @Test
    void wordsOfCrisisAreSavedAndSupportGoesToStderr() throws Exception {
        long id = add("Phone my sister", "--category", "social", "--size", "2");

        CommandRun marked = run("goal", "skip", String.valueOf(id), "--note", "Some nights I just want to go to sleep and never wake up.",
                "--json");

        assertEquals(0, marked.status(), marked.err());
        assertTrue(JSON.readTree(marked.out()).get("safety").get("flagged").asBoolean());
        assertTrue(marked.err().contains("You deserve support right now"), marked.err());
        assertEquals("skipped", json("list", "--json").get(0).get("outcome").asText(), "the outcome was stored");

        CommandRun win = run("wins", "add", "Got through the day", "--note", "Everyone would be better off without me");
        assertEquals(0, win.status(), win.err());
        assertTrue(win.err().contains("You deserve support right now"), win.err());
        assertEquals(1, json("wins", "--json").size());
    }
}
