package app.groundwork.ui.assessments;

import static app.groundwork.service.JournalFixture.CONTENT;
import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.Instrument;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.domain.TakenAssessment;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import app.groundwork.ui.assessments.AssessmentsViewModel.Mode;
import app.groundwork.ui.assessments.AssessmentsViewModel.ReminderChoice;
import app.groundwork.ui.assessments.AssessmentsViewModel.Row;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentsViewModelTest {
    @TempDir
    Path dataDir;
    private JournalSession session;
    private AssessmentsViewModel model;
    private final AtomicInteger safetyFlags = new AtomicInteger();
    private final AtomicInteger saves = new AtomicInteger();

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        model = new AssessmentsViewModel(session.assessments(), session.preferences(), CONTENT,
                safetyFlags::incrementAndGet, saves::incrementAndGet, Runnable::run);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern(date.getYear() == TODAY.getYear() ? "d MMMM" : "d MMMM yyyy", Locale.getDefault())
                .format(date);
    }

    private void answer(Instrument instrument, Integer... answers) {
        for (int i = 0; i < answers.length; i++) {
            model.answers(instrument).get(i).set(answers[i]);
        }
    }

    private void storeEarlier(Instrument instrument, LocalDate date, Integer... answers) {
        session.assessments().saveAll(List.of(new TakenAssessment(instrument, date, LocalTime.of(20, 0), List.of(answers))))
                .join();
    }

    @Test
    void theListShowsEveryInstrumentWithItsLatestResultAndWhichAreDue() {
        storeEarlier(Instrument.WHO5, TODAY.minusDays(30), 2, 2, 2, 2, 2);
        storeEarlier(Instrument.WHO5, TODAY.minusDays(11), 3, 3, 3, 3, 4);
        storeEarlier(Instrument.SCSSF, TODAY.minusYears(1), 3, 4, 4, 3, 4, 3, 3, 3, 3, 3, 3, 3);
        session.preferences().setSchedule("scssf", 91).join();

        model.refresh().join();

        List<Row> rows = model.rows();
        assertEquals(List.of(Instrument.WHO5, Instrument.PHQ9, Instrument.GAD7, Instrument.RSES, Instrument.SCSSF),
                rows.stream().map(Row::instrument).toList(), "in content order");
        assertEquals("64 of 100 · " + day(TODAY.minusDays(11)), rows.get(0).latest());
        assertEquals("Not taken yet", rows.get(1).latest());
        assertEquals("3.25 of 5 · " + day(TODAY.minusYears(1)), rows.get(4).latest());
        assertTrue(day(TODAY.minusYears(1)).endsWith("2025"), "an older result says its year");
        assertEquals(List.of(false, false, false, false, true), rows.stream().map(Row::due).toList(),
                "WHO-5 taken 11 days ago is not due yet; the SCS-SF every three months is");
        assertEquals(CONTENT.assessment(Instrument.PHQ9).about(), rows.get(1).about());
    }

    @Test
    void aWho5TakenAndSavedShowsItsResultAndIsStored() {
        model.refresh().join();
        model.take();
        assertEquals(Mode.TAKING, model.modeProperty().get());

        answer(Instrument.WHO5, 3, 3, 3, 3);
        assertEquals(4, model.answeredProperty().get());
        assertFalse(model.canSubmitProperty().get(), "every item needs an answer");
        answer(Instrument.WHO5, 3, 3, 3, 3, 4);
        assertTrue(model.canSubmitProperty().get());

        model.submit().join();

        assertEquals(Mode.RESULT, model.modeProperty().get());
        AssessmentsViewModel.Result result = model.resultProperty().get();
        assertEquals("64 of 100", result.score(), "(3+3+3+3+4) × 4");
        assertEquals("Above the middle", result.rangeLabel());
        assertEquals(CONTENT.assessment(Instrument.WHO5).resultFor(64).text(), result.rangeText());
        assertEquals("This is your first WHO-5 result, so there is nothing to compare it with yet.", result.change());
        List<SavedAssessment> stored = session.assessments().history(Instrument.WHO5).join();
        assertEquals(1, stored.size());
        assertEquals(64.0, stored.get(0).score().score());
        assertEquals(List.of(3, 3, 3, 3, 4), stored.get(0).score().answers());
        assertEquals(1, saves.get(), "Today and the Journal are told");
        assertEquals(0, safetyFlags.get());
        assertTrue(model.answers(Instrument.WHO5).stream().allMatch(answer -> answer.get() == null), "a fresh form next time");
        assertEquals("64 of 100 · " + day(TODAY), model.rows().get(0).latest());
        assertFalse(model.rows().get(0).due(), "just taken");
        assertEquals("One result so far, from " + day(TODAY) + ": 64 of 100.", model.historySummaryProperty().get());

        model.showDetails();
        assertEquals(Mode.DETAILS, model.modeProperty().get());
    }

    @Test
    void theSelfCompassionScoreIsAMeanWithTwoDecimals() {
        model.select(Instrument.SCSSF).join();
        model.take();
        // items 1, 4, 8, 9, 11 and 12 are reversed (6 − answer); 3 stays 3, so three 4s among the others make 39 / 12
        answer(Instrument.SCSSF, 3, 4, 4, 3, 4, 3, 3, 3, 3, 3, 3, 3);

        model.submit().join();

        assertEquals(String.format(Locale.getDefault(), "%.2f of 5", 3.25), model.resultProperty().get().score());
        assertEquals("Middle of the range", model.resultProperty().get().rangeLabel());
    }

    @Test
    void notNowGoesBackWithoutSavingAndTheAnswersWait() {
        model.take(Instrument.GAD7).join();
        assertEquals(Instrument.GAD7, model.selectedProperty().get());
        assertEquals(Mode.TAKING, model.modeProperty().get());
        answer(Instrument.GAD7, 1, 2, 0);

        model.notNow();

        assertEquals(Mode.DETAILS, model.modeProperty().get());
        assertEquals(List.of(), session.assessments().history(Instrument.GAD7).join());
        assertEquals(0, saves.get());
        model.select(Instrument.WHO5).join();
        model.refresh().join();
        model.take(Instrument.GAD7).join();
        assertEquals(3, model.answeredProperty().get(), "answers in progress stay while the app runs");
        assertEquals(2, model.answers(Instrument.GAD7).get(1).get());
        assertNull(model.answers(Instrument.GAD7).get(3).get());
    }

    @Test
    void submittingAnUnfinishedFormSavesNothing() {
        model.take();
        answer(Instrument.WHO5, 3, 3);

        model.submit().join();

        assertEquals(Mode.TAKING, model.modeProperty().get());
        assertEquals(List.of(), session.assessments().history(Instrument.WHO5).join());
    }

    @Test
    void aReminderChangeIsKeptInTheJournal() {
        model.refresh().join();
        model.select(Instrument.PHQ9).join();
        assertEquals(0, model.reminderProperty().get().days());
        assertEquals(List.of("Off", "Every week", "Every two weeks", "Every four weeks", "Every three months"),
                model.reminderChoices().stream().map(ReminderChoice::label).toList());

        model.setReminder(28).join();

        assertEquals(28, session.preferences().load().join().scheduleDays("phq9"));
        assertEquals("Every four weeks", model.reminderProperty().get().label());
        assertTrue(model.rows().get(1).due(), "never taken, so the new reminder is due at once");

        model.setReminder(0).join();
        assertEquals(0, session.preferences().load().join().scheduleDays("phq9"));
        assertFalse(model.rows().get(1).due());
    }

    @Test
    void anIntervalThatIsNotOfferedIsStillShownAsItIs() {
        session.preferences().setSchedule("rses", 10).join();
        model.refresh().join();

        model.select(Instrument.RSES).join();

        assertEquals("Every 10 days", model.reminderProperty().get().label());
        assertEquals(List.of(0, 7, 10, 14, 28, 91), model.reminderChoices().stream().map(ReminderChoice::days).toList());
        model.select(Instrument.WHO5).join();
        assertEquals("Every two weeks", model.reminderProperty().get().label(), "the WHO-5 default");
        assertEquals(5, model.reminderChoices().size());
    }

    @Test
    void aPhq9WithItemNineAboveZeroOffersSupportOnceAndIsStored() {
        model.take(Instrument.PHQ9).join();
        answer(Instrument.PHQ9, 1, 1, 0, 1, 0, 1, 0, 0, 1);

        model.submit().join();

        assertEquals(1, safetyFlags.get());
        assertEquals(1, saves.get());
        List<SavedAssessment> stored = session.assessments().history(Instrument.PHQ9).join();
        assertEquals(1, stored.size());
        assertEquals(5.0, stored.get(0).score().score());
        assertEquals(Mode.RESULT, model.modeProperty().get());
        assertEquals("Mild range", model.resultProperty().get().rangeLabel());

        model.take();
        answer(Instrument.PHQ9, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        model.submit().join();
        assertEquals(1, safetyFlags.get(), "a clear PHQ-9 does not open support");
    }

    @Test
    void meaningfulChangesAreMarkedAndSaidInWords() {
        LocalDate january = LocalDate.of(2026, 1, 20);
        LocalDate february = LocalDate.of(2026, 2, 17);
        storeEarlier(Instrument.WHO5, january, 2, 2, 2, 2, 2);
        storeEarlier(Instrument.WHO5, february, 2, 2, 2, 2, 3);
        model.refresh().join();
        model.take();
        answer(Instrument.WHO5, 3, 3, 3, 3, 4);

        model.submit().join();

        assertEquals("That is 20 points above your result from " + day(february)
                + " (44 of 100). A change this size counts as meaningful on this scale.", model.resultProperty().get().change());
        List<ResultChange> points = model.chartPoints();
        assertEquals(List.of(false, false, true), points.stream().map(ResultChange::meaningful).toList());
        assertEquals("3 results since " + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.getDefault()).format(january)
                + ". The latest is 64 of 100, 20 points above the one before. A change this size is meaningful on this scale.",
                model.historySummaryProperty().get());
        assertEquals("64 of 100 · " + day(TODAY) + "\n20 points up since the time before — a change this size is meaningful.",
                model.describePoint(points.get(2)));
        assertEquals("44 of 100 · " + day(february), model.describePoint(points.get(1)), "4 points is an ordinary change");
    }

    @Test
    void aSmallChangeIsDescribedCalmlyAsOrdinary() {
        storeEarlier(Instrument.GAD7, TODAY.minusDays(30), 1, 1, 1, 1, 1, 1, 1);
        model.take(Instrument.GAD7).join();
        answer(Instrument.GAD7, 1, 1, 1, 1, 0, 0, 1);

        model.submit().join();

        assertEquals("That is 2 points below your result from " + day(TODAY.minusDays(30))
                + " (7 of 21). Changes smaller than 4 points are usually part of ordinary ups and downs.",
                model.resultProperty().get().change());
        assertFalse(model.chartPoints().get(1).meaningful());
    }

    @Test
    void scalesWithoutAPublishedChangeJustShowPoints() {
        storeEarlier(Instrument.RSES, TODAY.minusDays(200), 0, 3, 0, 0, 3, 3, 0, 3, 3, 0);
        storeEarlier(Instrument.RSES, TODAY.minusDays(20), 3, 0, 3, 3, 0, 0, 3, 0, 0, 3);

        model.select(Instrument.RSES).join();

        assertEquals(List.of(false, false), model.chartPoints().stream().map(ResultChange::meaningful).toList(),
                "0 to 30 is a big move, but the RSES has no published meaningful change");
        assertTrue(model.legend(Instrument.RSES).contains("No size of change has been published"));
        assertTrue(model.legend(Instrument.WHO5).contains("at least 10 points"));
        assertEquals(2, model.chartPoints().size());
    }

    @Test
    void theChartShowsThePastYearUnlessEverythingIsAskedFor() {
        storeEarlier(Instrument.WHO5, TODAY.minusDays(500), 1, 1, 1, 1, 1);
        storeEarlier(Instrument.WHO5, TODAY.minusDays(100), 3, 3, 3, 3, 3);
        storeEarlier(Instrument.WHO5, TODAY.minusDays(20), 3, 3, 3, 3, 4);

        model.refresh().join();

        assertTrue(model.olderResultsProperty().get());
        assertEquals(2, model.chartPoints().size());
        assertTrue(model.historySummaryProperty().get().startsWith("2 results since"), model.historySummaryProperty().get());
        model.wholeHistoryProperty().set(true);
        assertEquals(3, model.chartPoints().size());
        assertEquals(3, model.history().size());
    }

    @Test
    void aSaveThatCannotReachTheJournalSaysSoPlainlyAndKeepsTheAnswers() {
        model.take();
        answer(Instrument.WHO5, 1, 2, 3, 4, 5);
        session.close();

        model.submit().join();

        assertEquals(Mode.TAKING, model.modeProperty().get());
        String problem = model.problemProperty().get();
        assertTrue(problem.startsWith("Saving your answers didn’t work"), problem);
        assertFalse(problem.contains("Exception") || problem.contains("SQL"), problem);
        assertEquals(5, model.answeredProperty().get());
        assertEquals(0, saves.get());
        assertEquals(0, safetyFlags.get());
        assertTrue(model.canSubmitProperty().get(), "they can try again");
    }
}
