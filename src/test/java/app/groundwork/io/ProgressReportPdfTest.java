package app.groundwork.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.AssessmentScore;
import app.groundwork.domain.Bucket;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DatedText;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalStats;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.PeriodCount;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReframeDrop;
import app.groundwork.domain.ReframeStats;
import app.groundwork.domain.ReportSection;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SafetyCheck;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.domain.TrapStats;
import app.groundwork.domain.Win;
import app.groundwork.insight.ProgressInsights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressReportPdfTest {
    private static final ContentLibrary CONTENT = ContentLibrary.loadBundled();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final DateRange YEAR = DateRange.of(TODAY.minusDays(364), TODAY);
    private static final String NEWEST_WIN = "Replied to the email from Sam";
    private static final String NOTE = "Talked to my sister about the interview and felt lighter afterwards.";
    private static final int WINS = 80;

    @TempDir
    Path dir;

    @Test
    void aYearMakesSeveralPagesWithEveryChosenPart() throws IOException {
        Path file = dir.resolve("report.pdf");
        ProgressReportPdf.write(report(ReportSection.DEFAULTS, notes()), CONTENT, file);

        int pages = ProgressReportPdf.pages(file);
        String text = text(file);
        assertTrue(pages > 1, "a year of figures fills more than one page, got " + pages);
        assertTrue(text.contains("Groundwork — progress report"), text);
        assertTrue(text.contains("Period: " + longDate(YEAR.from()) + " to " + longDate(TODAY) + " (365 days)"), text);
        assertTrue(text.contains("Made on " + longDate(TODAY)), text);
        assertTrue(text.contains("not a clinical one"), text);
        assertTrue(text.contains("Page 1 of " + pages), text);
        assertTrue(text.contains("Page " + pages + " of " + pages), text);
        // the traps, by their catalogue name and in the person's own words, with counts and the mean belief drop
        String allOrNothing = CONTENT.thinkingTrap("all-or-nothing").orElseThrow().name();
        assertTrue(text.contains(allOrNothing + " 6 25 20"), text);
        assertTrue(text.contains("my usual spiral 2 – –"), text);
        assertTrue(text.contains("Thought records finished in these days: 12."), text);
        // the wins: counted, newest first, cut at sixty lines with the rest counted
        assertTrue(text.contains(WINS + " wins in these days."), text);
        assertTrue(text.indexOf(NEWEST_WIN) < text.indexOf("Walked round the block (79)"), text);
        assertTrue(text.contains("Walked round the block (21)"), text);
        assertFalse(text.contains("Walked round the block (20)"), "the 61st win is counted, not listed");
        assertTrue(text.contains("… and 20 more, all kept in the journal."), text);
        assertFalse(text.contains("Before the period"), "a win outside the range is left out");
        // WHO-5: scores, the change and its mark
        assertTrue(text.contains("WHO-5 Well-Being Index"), text);
        assertTrue(text.contains(shortDate(TODAY.minusDays(20)) + " 64 of 100 +16 points yes"), text);
        assertTrue(text.contains(shortDate(TODAY.minusDays(100)) + " 48 of 100 +4 points"), text);
        assertFalse(text.contains("+4 points yes"), "a small change is not marked");
        // the week-by-week table carries on over a page with its header again
        assertTrue(count(text, "Week of") >= 2, "the header repeats on the next page");
        // the notes stay out unless chosen
        assertFalse(text.contains("Talked to my sister"), "notes are left out by default");
        assertTrue(text.contains("Personal notes are not part of it."), text);
    }

    @Test
    void notesAreInOnlyWhenChosenAndNoCharacterStopsTheExport() throws IOException {
        Set<ReportSection> withNotes = EnumSet.copyOf(ReportSection.DEFAULTS);
        withNotes.add(ReportSection.NOTES);
        Path without = dir.resolve("without.pdf");
        Path with = dir.resolve("with.pdf");
        ProgressReportPdf.write(report(ReportSection.DEFAULTS, notes()), CONTENT, without);
        ProgressReportPdf.write(report(withNotes, notes()), CONTENT, with);

        String text = text(with);
        assertTrue(text.contains(NOTE), text);
        assertTrue(text.contains("A good walk and a calm evening then tea."), "emoji are left out, nothing else");
        assertFalse(text.contains("?"), "nothing unprintable turns into a question mark");
        assertTrue(text.contains("Naive cafe, no: naïve café, Lódz -> Gdansk"), text);
        assertTrue(text.contains("letters the report’s font cannot print"), "a note in another script is named");
        assertTrue(text.contains("the end of a very long note"), "a long note is written to its end");
        assertTrue(ProgressReportPdf.pages(with) > ProgressReportPdf.pages(without) + 2,
                "the long note runs over several pages of its own");
        assertTrue(text.contains("Personal notes are part of it"), text);
    }

    @Test
    void onlyTheChosenSectionsAreWritten() throws IOException {
        Path file = dir.resolve("mood.pdf");
        ProgressReportPdf.write(report(EnumSet.of(ReportSection.MOOD), notes()), CONTENT, file);

        String text = text(file);
        assertTrue(text.contains("Mood, mean of the last 7 days"), text);
        assertTrue(text.contains("Check-ins on 332 days of the 365 days in this period."), text);
        assertFalse(text.contains("Week by week"), text);
        assertFalse(text.contains("WHO-5 Well-Being Index"), text);
        assertFalse(text.contains(NEWEST_WIN), text);
    }

    @Test
    void anEmptyPeriodIsOneKindPage() throws IOException {
        Path file = dir.resolve("empty.pdf");
        DateRange week = DateRange.of(TODAY.minusDays(6), TODAY);
        ProgressData empty = new ProgressData(week, Bucket.DAY, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), new ReframeStats(week.from(), week.to(), 0, OptionalDouble.empty(),
                OptionalDouble.empty(), List.of()), List.of(),
                new GoalStats(week.from(), week.to(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, null),
                Map.of(), List.of(), Map.of(EntryType.CHECKIN, 0));
        Set<ReportSection> all = EnumSet.allOf(ReportSection.class);
        ProgressReportPdf.write(new ProgressReport(empty, List.of(), List.of(), all, TODAY), CONTENT, file);

        assertEquals(1, ProgressReportPdf.pages(file));
        String text = text(file);
        assertTrue(text.contains("Nothing was written in these days yet"), text);
        assertTrue(text.contains("Groundwork — progress report"), text);
        assertFalse(text.contains("Week by week"), text);
    }

    @Test
    void aFailedWriteLeavesNoPartialFileAndAnOldReportIsReplacedWhole() throws IOException {
        Path taken = Files.createDirectories(dir.resolve("report.pdf"));
        Files.writeString(taken.resolve("inside.txt"), "keeps the folder from being replaced");
        assertThrows(IOException.class,
                () -> ProgressReportPdf.write(report(ReportSection.DEFAULTS, List.of()), CONTENT, taken));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(taken), left.toList(), "only the folder that was in the way is there");
        }

        Path file = dir.resolve("again.pdf");
        Files.writeString(file, "an older report");
        ProgressReportPdf.write(report(EnumSet.of(ReportSection.WINS), List.of()), CONTENT, file);
        assertTrue(text(file).contains(NEWEST_WIN));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(2, left.count(), "no part file stays behind");
        }
    }

    @Test
    void weeksStartOnMondayAndCountOnlyTheirDaysInTheRange() {
        DateRange range = DateRange.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 14));
        LocalDate firstMonday = LocalDate.of(2026, 3, 2);
        LocalDate secondMonday = LocalDate.of(2026, 3, 9);
        List<DayValue> mood = List.of(new DayValue(LocalDate.of(2026, 3, 4), 4), new DayValue(LocalDate.of(2026, 3, 5), 6),
                new DayValue(LocalDate.of(2026, 3, 10), 7));
        List<DayValue> selfTrust = List.of(new DayValue(LocalDate.of(2026, 3, 10), 3));
        List<ReframeDrop> drops = List.of(new ReframeDrop(1, LocalDate.of(2026, 3, 5), 10.0, 20.0),
                new ReframeDrop(2, LocalDate.of(2026, 3, 12), null, null),
                new ReframeDrop(3, LocalDate.of(2026, 3, 13), 5.0, 5.0));
        GoalStats goals = new GoalStats(range.from(), range.to(), List.of(),
                List.of(new GoalStats.WeekDone(firstMonday, GoalCategory.MOVEMENT, 1, 2),
                        new GoalStats.WeekDone(firstMonday, GoalCategory.STUDY, 2, 1),
                        new GoalStats.WeekDone(secondMonday, GoalCategory.JOY, 1, 1)),
                List.of(), List.of(), List.of(new GoalStats.WeekCount(firstMonday, 4),
                new GoalStats.WeekCount(secondMonday, 1)), 5, null);
        ProgressData data = data(range, mood, selfTrust, drops, goals, Map.of());

        List<ReportWeek> weeks = ReportWeek.of(data);

        assertEquals(List.of(
                new ReportWeek(firstMonday, OptionalDouble.of(5.0), OptionalDouble.empty(), 2, 1, 3, 4),
                new ReportWeek(secondMonday, OptionalDouble.of(7.0), OptionalDouble.of(3.0), 1, 2, 1, 1)), weeks);
    }

    @Test
    void aLongLineIsThinnedToThePlotsWidthAndBreaksAtGaps() {
        DateRange years = DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));
        List<DayValue> daily = new ArrayList<>();
        for (LocalDate day = years.from(); !day.isAfter(years.to()); day = day.plusDays(1)) {
            if (day.getYear() == 2024 && day.getMonthValue() == 6) {
                continue; // a month without check-ins
            }
            daily.add(new DayValue(day, day.getDayOfMonth() % 2 == 0 ? 4 : 6));
        }
        float width = 400;

        List<List<ReportChart.PlotPoint>> runs = ReportChart.segments(daily, years, width, 7);

        int points = runs.stream().mapToInt(List::size).sum();
        assertEquals(2, runs.size(), "the empty June splits the line");
        assertTrue(points <= width, "no more points than the plot is wide: " + points);
        assertTrue(points >= width - 20, "still about one point per column: " + points);
        assertTrue(runs.stream().flatMap(List::stream).allMatch(p -> p.value() >= 4 && p.value() <= 6));
        assertTrue(runs.stream().flatMap(List::stream).allMatch(p -> p.x() >= 0 && p.x() <= width));
    }

    @Test
    void textIsCleanedForTheStandardFont() throws IOException {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        ReportText text = new ReportText(font);

        assertEquals("Hi there — “fine” naïve o -> x z", text.clean("Hi 🙂 there ❤️ — “fine” nai\u0308ve ő → x\tz"));
        assertTrue(text.losesAllLetters("Привет"));
        assertFalse(text.losesAllLetters("Привет, Anna"));
        List<String> lines = text.wrap("x".repeat(400), font, 10, 100);
        assertTrue(lines.size() > 3, "a word wider than the line is broken");
        for (String line : lines) {
            assertTrue(ReportText.width(line, font, 10) <= 100);
        }
    }

    // --- a year of figures, built by hand -------------------------------------------------------------------------

    private static ProgressReport report(Set<ReportSection> sections, List<DatedText> notes) {
        return new ProgressReport(yearOfData(), wins(), notes, sections, TODAY);
    }

    private static ProgressData yearOfData() {
        List<DayValue> mood = new ArrayList<>();
        List<DayValue> selfTrust = new ArrayList<>();
        int day = 0;
        for (LocalDate date = YEAR.from(); !date.isAfter(YEAR.to()); date = date.plusDays(1), day++) {
            if (day % 11 == 5) {
                continue; // a day without a check-in now and then
            }
            double wave = Math.sin(day / 9.0);
            mood.add(new DayValue(date, clamp(3.5 + day * 0.008 + wave, 1, 10)));
            selfTrust.add(new DayValue(date, clamp(3 + day * 0.009 - wave / 2, 0, 10)));
        }
        List<ReframeDrop> drops = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            drops.add(new ReframeDrop(100 + i, YEAR.from().plusDays(15 + i * 29L), 20.0, 25.0));
        }
        List<GoalStats.WeekDone> done = new ArrayList<>();
        List<GoalStats.WeekCount> winsByWeek = new ArrayList<>();
        for (LocalDate week = Bucket.WEEK.start(YEAR.from()); !week.isAfter(TODAY); week = week.plusWeeks(1)) {
            done.add(new GoalStats.WeekDone(week, GoalCategory.MOVEMENT, 1, 1 + week.getDayOfMonth() % 3));
            winsByWeek.add(new GoalStats.WeekCount(week, week.getDayOfMonth() % 4));
        }
        GoalStats goals = new GoalStats(YEAR.from(), TODAY, List.of(new GoalStats.DoneCount(GoalCategory.MOVEMENT, 1, 90)),
                done, List.of(), List.of(), winsByWeek, WINS, 12.0);
        List<SavedAssessment> who5 = List.of(who5(TODAY.minusDays(300), 44), who5(TODAY.minusDays(100), 48),
                who5(TODAY.minusDays(20), 64));
        return data(YEAR, mood, selfTrust, drops, goals, Map.of(Instrument.WHO5, ResultChange.mark(who5)));
    }

    private static ProgressData data(DateRange range, List<DayValue> mood, List<DayValue> selfTrust,
                                     List<ReframeDrop> drops, GoalStats goals,
                                     Map<Instrument, List<ResultChange>> assessments) {
        ReframeStats reframes = new ReframeStats(range.from(), range.to(), drops.size(), OptionalDouble.of(20),
                OptionalDouble.of(25), List.of(
                new TrapStats("all-or-nothing", false, 6, OptionalDouble.of(20), OptionalDouble.of(25)),
                new TrapStats("mind-reading", false, 4, OptionalDouble.of(15), OptionalDouble.of(10)),
                new TrapStats("my usual spiral", true, 2, OptionalDouble.empty(), OptionalDouble.empty())));
        return new ProgressData(range, Bucket.forRange(range), mood, ProgressInsights.rolling(mood, range), selfTrust,
                ProgressInsights.rolling(selfTrust, range), List.of(), List.of(),
                List.of(new PeriodCount(range.from(), "all-or-nothing", 6)), reframes, drops, goals, assessments,
                List.of(), Map.of(EntryType.CHECKIN, mood.size(), EntryType.REFRAME, drops.size()));
    }

    private static List<Win> wins() {
        List<Win> wins = new ArrayList<>();
        for (int i = 1; i < WINS; i++) {
            wins.add(new Win(Win.Kind.STEP, i, YEAR.from().plusDays(i * 4L), "Walked round the block (" + i + ")",
                    GoalCategory.MOVEMENT, 1, "", null));
        }
        wins.add(new Win(Win.Kind.OWN, 500, TODAY, NEWEST_WIN, null, null, "it had sat there for a week", null));
        wins.add(new Win(Win.Kind.OWN, 501, YEAR.from().minusDays(3), "Before the period", null, null, "", null));
        return wins;
    }

    private static List<DatedText> notes() {
        StringBuilder longNote = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            longNote.append("Some days are heavier than others and that is allowed. ");
            if (i % 40 == 39) {
                longNote.append("\n\n");
            }
        }
        longNote.append("This is the end of a very long note.");
        return List.of(new DatedText(TODAY.minusDays(40), NOTE),
                new DatedText(TODAY.minusDays(30), "A good walk 🌿🙂 and a calm evening ❤️ then tea."),
                new DatedText(TODAY.minusDays(20), "Naive cafe\u200b, no: naïve café, Łódź → Gdańsk"),
                new DatedText(TODAY.minusDays(10), "Сегодня было спокойно."),
                new DatedText(TODAY.minusDays(5), longNote.toString()));
    }

    private static SavedAssessment who5(LocalDate date, int score) {
        int left = score / 4;
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(Math.min(5, left));
            left -= answers.get(i);
        }
        return new SavedAssessment(date.toEpochDay(), date, LocalTime.of(9, 0),
                new AssessmentScore(Instrument.WHO5, answers, score, Optional.empty(), SafetyCheck.CLEAR));
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String longDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.getDefault()).format(date);
    }

    private static String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.getDefault()).format(date);
    }
}
