package app.groundwork.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.groundwork.domain.AssessmentSummary;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.JournalEntry;
import app.groundwork.domain.PracticeAnswer;
import app.groundwork.domain.PracticeResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.Test;

class EntryCellTest {
    private Locale before;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    private static JournalEntry assessment(Instrument instrument, double score, String band) {
        return new JournalEntry(4, EntryType.ASSESSMENT, LocalDate.of(2026, 3, 1), LocalTime.NOON, "", List.of(), null, null,
                new AssessmentSummary(instrument, score, Optional.ofNullable(band)));
    }

    @Test
    void anAssessmentReadsAsItsScoreOutOfTheHighest() {
        assertEquals("WHO-5 · 64 of 100", EntryCell.assessmentSummary(assessment(Instrument.WHO5, 64, null)));
        assertEquals("PHQ-9 · 7 of 27", EntryCell.assessmentSummary(assessment(Instrument.PHQ9, 7, "mild")));
        assertEquals("SCS-SF · 3.25 of 5", EntryCell.assessmentSummary(assessment(Instrument.SCSSF, 3.25, null)));
        assertEquals("", EntryCell.assessmentSummary(new JournalEntry(5, EntryType.CHECKIN, LocalDate.of(2026, 3, 1),
                LocalTime.NOON, "note", List.of(), 6, null)));
    }

    @Test
    void theCellShowsAndSpeaksTheSummary() throws Exception {
        EntryCell cell = new EntryCell(false);
        FxToolkit.setupFixture(() -> cell.updateItem(assessment(Instrument.GAD7, 12, "moderate"), false));
        assertEquals("12:00, GAD-7 · 12 of 21. ", cell.getAccessibleText());
    }

    private static JournalEntry practice(String practiceId, LocalDate weekOf, String answer) {
        PracticeResponse response = new PracticeResponse(9, practiceId, LocalDate.of(2026, 3, 14), LocalTime.of(18, 30), weekOf,
                Instant.parse("2026-03-14T18:30:00Z"), List.of(new PracticeAnswer("good-moment", "Which moment?", answer)));
        return new JournalEntry(9, EntryType.PRACTICE, LocalDate.of(2026, 3, 14), LocalTime.of(18, 30), answer, List.of(),
                null, null, null, null, null, response);
    }

    @Test
    void aWeeklyReviewAnswerSaysWhichWeekItLooksBackOn() {
        assertEquals("Weekly review · week of 9 March",
                EntryCell.practiceSummary(practice(PracticeResponse.WEEKLY_REVIEW, LocalDate.of(2026, 3, 9), "The walk on Tuesday.")));
        assertEquals("Practice", EntryCell.practiceSummary(practice("breathing", null, "Slower.")));
        assertEquals("", EntryCell.assessmentSummary(practice(PracticeResponse.WEEKLY_REVIEW, LocalDate.of(2026, 3, 9), "x")));
    }

    @Test
    void theCellSpeaksTheWeekAndTheAnswer() throws Exception {
        EntryCell cell = new EntryCell(false);
        FxToolkit.setupFixture(() -> cell.updateItem(
                practice(PracticeResponse.WEEKLY_REVIEW, LocalDate.of(2026, 3, 9), "The walk on Tuesday."), false));
        assertEquals("18:30, Weekly review · week of 9 March. The walk on Tuesday.", cell.getAccessibleText());
    }
}
