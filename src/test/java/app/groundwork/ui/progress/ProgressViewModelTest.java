package app.groundwork.ui.progress;

import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.DateRange;
import app.groundwork.domain.ReportSection;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressViewModelTest {
    @TempDir
    Path dataDir;
    private JournalSession session;
    private ProgressViewModel model;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        session.checkIns().saveAll(List.of(JournalFixture.checkIn(TODAY.minusDays(100), 4, "a slow day"),
                JournalFixture.checkIn(TODAY.minusDays(2), 7, "a better one"))).join();
        model = new ProgressViewModel(session.progress(), session.reports(), Runnable::run);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private DateRange shown() {
        return model.dataProperty().get().range();
    }

    @Test
    void eachSpanEndsTodayAndEverythingStartsOnTheFirstEntry() {
        model.refresh().join();
        assertEquals(new DateRange(TODAY.minusDays(29), TODAY), shown(), "a month to begin with");

        model.spanProperty().set(ProgressViewModel.Span.WEEK);
        assertEquals(new DateRange(TODAY.minusDays(6), TODAY), shown());
        model.spanProperty().set(ProgressViewModel.Span.QUARTER);
        assertEquals(91, shown().days());
        model.spanProperty().set(ProgressViewModel.Span.ALL);
        assertEquals(new DateRange(TODAY.minusDays(100), TODAY), shown());
        assertEquals(2, model.dataProperty().get().mood().size());
        assertTrue(model.rangeLineProperty().get().endsWith("101 days"), model.rangeLineProperty().get());
        assertEquals("", model.emptyLineProperty().get());
    }

    @Test
    void aQuietRangeSaysSoKindly() {
        model.spanProperty().set(ProgressViewModel.Span.CUSTOM);
        model.customFromProperty().set(TODAY.minusDays(60));
        model.customToProperty().set(TODAY.minusDays(50));
        model.showCustom().join();
        assertEquals(new DateRange(TODAY.minusDays(60), TODAY.minusDays(50)), shown());
        assertTrue(model.emptyLineProperty().get().startsWith("Nothing was written in these days yet."));
    }

    @Test
    void aCustomRangeTheWrongWayRoundIsExplainedAndNothingChanges() {
        model.refresh().join();
        DateRange before = shown();
        model.customFromProperty().set(TODAY.minusDays(3));
        model.customToProperty().set(TODAY.minusDays(9));
        model.spanProperty().set(ProgressViewModel.Span.CUSTOM);
        assertTrue(model.problemProperty().get().endsWith("choose the earlier day first."), model.problemProperty().get());
        assertEquals(before, shown(), "the charts keep the range they had");

        model.customFromProperty().set(TODAY.plusDays(3));
        model.customToProperty().set(TODAY.plusDays(9));
        model.showCustom().join();
        assertTrue(model.problemProperty().get().contains("hasn’t come yet"));
    }

    @Test
    void anAnswerOverTakenByANewerChoiceIsDropped() {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        ProgressViewModel slow = new ProgressViewModel(session.progress(), session.reports(), later);
        slow.spanProperty().set(ProgressViewModel.Span.YEAR);
        slow.spanProperty().set(ProgressViewModel.Span.WEEK);
        // the year's answer arrives last, after the week's
        for (int i = queued.size() - 1; i >= 0; i--) {
            queued.get(i).run();
        }
        assertNotNull(slow.dataProperty().get());
        assertEquals(7, slow.dataProperty().get().range().days(), "the week chosen last, not the year before it");
    }

    @Test
    void aReportOfTheRangeOnShowIsSavedWithTheChosenPartsAndNotesOnlyWhenTicked() throws Exception {
        model.spanProperty().set(ProgressViewModel.Span.ALL);
        assertEquals(false, model.sectionProperty(ReportSection.NOTES).get(), "notes are left out to begin with");
        Path file = dataDir.resolve("report.pdf");

        model.makeReport(file).join();

        assertTrue(model.reportStatusProperty().get().startsWith("The report is saved: "), model.reportStatusProperty().get());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertFalse(text.contains("a better one"), "the notes stay out");
        }

        model.sectionProperty(ReportSection.NOTES).set(true);
        model.makeReport(file).join();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("a better one"));
        }
        assertTrue(model.reportStatusProperty().get().contains("with your notes"));

        for (ReportSection section : ReportSection.values()) {
            model.sectionProperty(section).set(false);
        }
        model.makeReport(dataDir.resolve("other.pdf")).join();
        assertEquals("Choose at least one part to put in the report.", model.reportStatusProperty().get());
        assertFalse(java.nio.file.Files.exists(dataDir.resolve("other.pdf")));
    }
}
