package app.groundwork.ui.wins;

import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.ExperimentResult;
import app.groundwork.domain.Goal;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.Prediction;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.Win;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.wins.WinsViewModel.MonthGroup;
import app.groundwork.ui.wins.WinsViewModel.Row;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WinsViewModelTest {
    @TempDir
    Path dataDir;
    private JournalSession session;
    private WinsViewModel wins;
    private final List<SafetyCheck> afterSave = new ArrayList<>();
    private Locale before;

    @BeforeEach
    void open() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        session = JournalFixture.openSession(dataDir);
        wins = new WinsViewModel(session.goals(), JournalFixture.CONTENT.goalIdeas(), Runnable::run);
        wins.setAfterSave(afterSave::add);
    }

    @AfterEach
    void close() {
        session.close();
        Locale.setDefault(before);
    }

    private Goal add(GoalPlan plan) {
        return session.goals().add(plan).join().entry();
    }

    private void closeExperiment(String title, int feared, int felt) {
        Goal experiment = add(GoalPlan.of(title, GoalCategory.STUDY, 3).withPrediction(new Prediction("", feared)));
        session.goals().closeExperiment(experiment.id(), new ExperimentResult("", felt, ""), false, "").join().orElseThrow();
    }

    private static List<String> titles(List<Row> rows) {
        return rows.stream().map(Row::title).toList();
    }

    @Test
    void aNewJournalHasNoWinsAndNoReliefLine() {
        assertFalse(wins.loadedProperty().get());

        wins.refresh().join();

        assertTrue(wins.loadedProperty().get());
        assertEquals(List.of(), wins.wins());
        assertEquals(List.of(), wins.months());
        assertEquals(0, wins.allTimeProperty().get());
        assertEquals(0, wins.thisWeekProperty().get());
        assertEquals(0, wins.thisMonthProperty().get());
        assertEquals("", wins.reliefLineProperty().get());
        assertEquals("", wins.listProblemProperty().get());
        assertEquals(TODAY, wins.dateProperty().get(), "a hand-written win is for today unless changed");
    }

    @Test
    void everyKindOfWinIsListedNewestFirstInWordsAndGroupedByMonth() {
        Goal walk = add(GoalPlan.of("Walk to the end of the street", GoalCategory.MOVEMENT, 1));
        session.goals().mark(walk.id(), TODAY, GoalOutcome.DONE, "").join();
        Goal call = add(GoalPlan.of("Call my sister", GoalCategory.SOCIAL, 2));
        session.goals().mark(call.id(), TODAY.minusDays(2), GoalOutcome.PARTLY, "Only five minutes, but we laughed.").join();
        Goal skipped = add(GoalPlan.of("Tidy the desk", GoalCategory.SELF_CARE, 1));
        session.goals().mark(skipped.id(), TODAY.minusDays(1), GoalOutcome.SKIPPED, "").join();
        closeExperiment("Ask a question in the seminar", 80, 35);
        session.goals().addWin(LocalDate.of(2026, 2, 20), "Opened the letter from the bank", "").join();

        wins.refresh().join();

        assertEquals(List.of("Ask a question in the seminar", "Walk to the end of the street", "Call my sister",
                "Opened the letter from the bank"), titles(wins.wins()), "newest first; a skipped step is no win");
        List<String> kinds = wins.wins().stream().map(Row::kind).toList();
        assertEquals(List.of("Experiment", "Step done", "Partly done", "Your own"), kinds);
        assertEquals(List.of("Today", "Today", "Thursday 12 March", "Friday 20 February"),
                wins.wins().stream().map(Row::date).toList());
        assertEquals(List.of("Feared 80, felt 35: 45 points easier", "Body & movement · size 1 (tiny)",
                "Reconnecting · size 2 (small)", "Written in by hand"), wins.wins().stream().map(Row::meta).toList());
        assertEquals("Only five minutes, but we laughed.", wins.wins().get(2).note());
        assertEquals(List.of(false, false, false, true), wins.wins().stream().map(Row::removable).toList());

        List<MonthGroup> months = wins.months();
        assertEquals(List.of("March 2026", "February 2026"), months.stream().map(MonthGroup::label).toList());
        assertEquals(List.of("Ask a question in the seminar", "Walk to the end of the street", "Call my sister"),
                titles(months.get(0).rows()));
        assertEquals(List.of("Opened the letter from the bank"), titles(months.get(1).rows()));

        assertEquals(4, wins.allTimeProperty().get());
        assertEquals(3, wins.thisMonthProperty().get());
        assertEquals(3, wins.thisWeekProperty().get(), "Saturday 14 March: the week began on Monday 9 March");
    }

    @Test
    void theReliefLineGivesTheMeanGapBetweenFearAndWhatHappened() {
        closeExperiment("Ask a question in the seminar", 80, 35);
        closeExperiment("Send the application", 60, 59);

        wins.refresh().join();

        assertEquals("Across 2 experiments, things went on average 23 points easier than you feared beforehand. "
                + "Worry tends to overestimate; this is your own proof of it.", wins.reliefLineProperty().get());
        assertEquals("Feared 60, felt 59: 1 point easier",
                wins.wins().stream().filter(row -> row.title().equals("Send the application")).findFirst().orElseThrow().meta());
    }

    @Test
    void anExperimentThatFeltHarderIsStillCountedKindly() {
        closeExperiment("Go to the gym at a busy hour", 30, 50);

        wins.refresh().join();

        assertEquals("Your one experiment so far felt 20 points harder than you expected. "
                + "You went ahead with it all the same, and that took nerve.", wins.reliefLineProperty().get());
        assertEquals("Feared 30, felt 50: 20 points harder, and done anyway", wins.wins().get(0).meta());
    }

    @Test
    void aWinWithoutWordsOrFromTomorrowIsRefusedAndNothingIsStored() {
        wins.refresh().join();
        wins.titleProperty().set("   ");

        wins.addWin().join();

        assertEquals("Your win: give it a few words, so you will know later what it was.", wins.problemProperty().get());
        wins.titleProperty().set("Went to the interview");
        wins.dateProperty().set(TODAY.plusDays(1));

        wins.addWin().join();

        assertEquals("Day: Sunday 15 March hasn’t come yet; a win is something that already happened.",
                wins.problemProperty().get());
        wins.dateProperty().set(null);
        wins.addWin().join();
        assertEquals("Day: choose the day of the win.", wins.problemProperty().get());

        assertEquals(List.of(), session.goals().allWins().join(), "nothing was stored");
        assertEquals(List.of(), afterSave);
        assertEquals("Went to the interview", wins.titleProperty().get(), "the words stay in the form to put right");
        assertEquals(0, wins.allTimeProperty().get());
    }

    @Test
    void aWinWrittenInIsStoredListedAndCountedAndTheFormStartsAfresh() {
        wins.refresh().join();
        wins.titleProperty().set("  Went to the interview  ");
        wins.dateProperty().set(TODAY.minusDays(1));
        wins.noteProperty().set("My hands shook and I went in anyway.");

        wins.addWin().join();

        assertEquals("", wins.problemProperty().get());
        assertEquals("“Went to the interview” is with your wins now.", wins.statusProperty().get());
        Win stored = session.goals().allWins().join().get(0);
        assertEquals(Win.Kind.OWN, stored.kind());
        assertEquals("Went to the interview", stored.title());
        assertEquals(TODAY.minusDays(1), stored.date());
        assertEquals(List.of("Went to the interview"), titles(wins.wins()));
        Row row = wins.wins().get(0);
        assertEquals("Yesterday", row.date());
        assertEquals("Written in by hand", row.meta());
        assertEquals("My hands shook and I went in anyway.", row.note());
        assertEquals(1, wins.allTimeProperty().get());
        assertEquals(1, wins.thisWeekProperty().get());
        assertEquals("", wins.titleProperty().get());
        assertEquals("", wins.noteProperty().get());
        assertEquals(TODAY, wins.dateProperty().get());
        assertEquals(1, afterSave.size());
        assertFalse(afterSave.get(0).flagged());
    }

    @Test
    void wordsOfCrisisInAWinAreKeptAndPassedOnSoSupportCanBeOffered() {
        wins.titleProperty().set("Got through the day");
        wins.noteProperty().set("Some of it I want to die, honestly.");

        wins.addWin().join();

        assertEquals(1, session.goals().allWins().join().size(), "kept all the same");
        assertEquals(1, afterSave.size());
        assertTrue(afterSave.get(0).flagged());
    }

    @Test
    void onlyAHandWrittenWinIsRemoved() {
        Goal walk = add(GoalPlan.of("Walk to the end of the street", GoalCategory.MOVEMENT, 1));
        session.goals().mark(walk.id(), TODAY, GoalOutcome.DONE, "").join();
        session.goals().addWin(TODAY, "Opened the letter from the bank", "").join();
        wins.refresh().join();
        Row step = wins.wins().stream().filter(row -> !row.removable()).findFirst().orElseThrow();
        Row own = wins.wins().stream().filter(Row::removable).findFirst().orElseThrow();

        wins.delete(step).join();
        assertEquals(2, session.goals().allWins().join().size(), "a step's win belongs to its outcome");

        List<String> before = titles(wins.wins());
        wins.delete(own).join();

        assertEquals(List.of("Walk to the end of the street"), titles(wins.wins()));
        assertEquals(1, wins.allTimeProperty().get());
        assertEquals("“Opened the letter from the bank” is no longer in your wins.", wins.statusProperty().get());
        assertEquals(List.of(Win.Kind.STEP), session.goals().allWins().join().stream().map(Win::kind).toList());
        assertEquals(List.of(SafetyCheck.CLEAR), afterSave, "other screens are told to refresh their counts");

        wins.undoRemove().join();
        assertEquals(before, titles(wins.wins()), "back where it was");
        assertEquals("“Opened the letter from the bank” is back among your wins.", wins.statusProperty().get());
        assertEquals(null, wins.lastRemovedProperty().get(), "nothing more to put back");
    }

    @Test
    void anUnchangedLedgerIsNotReplacedOnRefresh() {
        session.goals().addWin(TODAY, "Opened the letter from the bank", "").join();
        wins.refresh().join();
        List<String> changes = new ArrayList<>();
        wins.wins().addListener((ListChangeListener<Row>) change -> changes.add("rows"));
        wins.months().addListener((ListChangeListener<MonthGroup>) change -> changes.add("months"));

        wins.refresh().join();
        assertEquals(List.of(), changes);

        session.goals().addWin(TODAY, "Made a proper lunch", "").join();
        wins.refresh().join();
        assertEquals(List.of("rows", "months"), changes);
    }
}
