package app.groundwork.io;

import app.groundwork.Messages;
import app.groundwork.content.ContentLibrary;
import app.groundwork.content.ThinkingTrap;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DatedText;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.Numbers;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReframeStats;
import app.groundwork.domain.ReportSection;
import app.groundwork.domain.ResultChange;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.domain.TrapStats;
import app.groundwork.domain.Win;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The progress report as a PDF (A4, PDFBox, the standard Helvetica font): a title page head with the period and a
 * note that this is a self-kept journal summary rather than a clinical record, then the sections the person chose,
 * in {@link ReportSection} order. Charts are vector lines drawn from the aggregated figures; tables run across pages
 * with their header repeated. Text the font cannot print (emoji, other scripts) is left out rather than breaking the
 * export; see {@link ReportText}.
 *
 * <p>The week-by-week table counts <em>days</em> with a check-in, not check-ins: the figures hold one mean per day.
 */
public final class ProgressReportPdf {
    /** The most wins listed one by one; the rest are counted in a closing line. */
    static final int WIN_LINES = 60;
    /** The most thinking traps listed. */
    static final int TRAP_ROWS = 10;

    private static final String NO_VALUE = "–";
    private static final float MOOD_CHART = 190;
    private static final float RESULT_CHART = 120;
    private static final float WIN_CHART = 100;

    private ProgressReportPdf() {
    }

    /**
     * Writes the report to {@code file}, replacing one already there. It is written to a new file in the same folder
     * first and then moved into place in one step, so a failure never leaves half a report behind (nor touches a
     * report already at {@code file}). Where the file system has owners, the new file is readable by its owner only,
     * as the journal is.
     *
     * @throws IOException when the folder cannot be written to or the move fails
     */
    public static void write(ProgressReport report, ContentLibrary content, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path partial = Files.createTempFile(folder, "." + target.getFileName() + "-", ".part");
        boolean placed = false;
        try {
            try (PDDocument document = render(report, content)) {
                document.save(partial.toFile());
            }
            moveIntoPlace(partial, target);
            placed = true;
        } finally {
            if (!placed) {
                Files.deleteIfExists(partial);
            }
        }
    }

    /** How many pages the PDF at {@code file} has. */
    public static int pages(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** The report as an open document; the caller closes it. */
    static PDDocument render(ProgressReport report, ContentLibrary content) throws IOException {
        PDDocument document = new PDDocument();
        try (ReportPages pages = new ReportPages(document)) {
            document.getDocumentInformation().setTitle(Messages.get("report.title"));
            document.getDocumentInformation().setCreator("Groundwork");
            new Composer(report, content, pages).compose();
            DateRange range = report.data().range();
            pages.finish(Messages.get("report.footer", shortDate(range.from()), shortDate(range.to())),
                    (page, count) -> Messages.get("report.page", page, count));
        } catch (IOException | RuntimeException failure) {
            document.close();
            throw failure;
        }
        return document;
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notHere) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String longDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.getDefault()).format(date);
    }

    static String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.getDefault()).format(date);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.getDefault(), "%.1f", value);
    }

    private static String whole(double value) {
        return String.valueOf(Math.round(value));
    }

    /** Lays out one report on the pages. */
    private static final class Composer {
        private final ProgressReport report;
        private final ProgressData data;
        private final ContentLibrary content;
        private final ReportPages pages;
        private final List<Win> wins;
        private final List<DatedText> notes;

        Composer(ProgressReport report, ContentLibrary content, ReportPages pages) {
            this.report = report;
            this.data = report.data();
            this.content = content;
            this.pages = pages;
            DateRange range = data.range();
            this.wins = report.wins().stream().filter(win -> range.contains(win.date()))
                    .sorted(Comparator.comparing(Win::date).thenComparingLong(Win::sourceId).reversed())
                    .toList();
            this.notes = report.notes().stream().filter(note -> range.contains(note.date()))
                    .sorted(Comparator.comparing(DatedText::date))
                    .toList();
        }

        void compose() throws IOException {
            head();
            boolean nothing = data.empty() && wins.isEmpty()
                    && !(report.includes(ReportSection.NOTES) && !notes.isEmpty());
            if (nothing) {
                pages.gap(8);
                pages.paragraph(Messages.get("report.empty"), pages.regular(), ReportPages.BODY + 0.5f,
                        ReportPages.INK);
                return;
            }
            contents();
            for (ReportSection section : ReportSection.values()) {
                if (!report.includes(section)) {
                    continue;
                }
                switch (section) {
                    case MOOD -> mood();
                    case WEEKS -> weeks();
                    case TRAPS -> traps();
                    case WINS -> wins();
                    case ASSESSMENTS -> assessments();
                    case NOTES -> notes();
                    default -> throw new IllegalStateException("no layout for " + section);
                }
            }
        }

        private void head() throws IOException {
            DateRange range = data.range();
            pages.paragraph(Messages.get("report.title"), pages.bold(), 20, ReportPages.INK);
            pages.gap(2);
            pages.paragraph(Messages.get("report.period", longDate(range.from()), longDate(range.to()), range.days()),
                    pages.regular(), 11.5f, ReportPages.INK);
            pages.paragraph(Messages.get("report.madeOn", longDate(report.madeOn())), pages.regular(),
                    ReportPages.BODY - 1, ReportPages.MUTED);
            pages.gap(8);
            pages.paragraph(Messages.get("report.about"), pages.regular(), ReportPages.BODY - 0.5f, ReportPages.MUTED);
        }

        private void contents() throws IOException {
            List<String> names = new ArrayList<>();
            for (ReportSection section : ReportSection.values()) {
                if (report.includes(section)) {
                    names.add(Messages.get("report.section." + section.id()));
                }
            }
            String chosen = names.isEmpty() ? Messages.get("report.contents.none")
                    : Messages.get("report.contents", String.join(", ", names));
            String notesWord = Messages.get(report.includes(ReportSection.NOTES)
                    ? "report.contents.notes" : "report.contents.noNotes");
            pages.gap(4);
            pages.paragraph(chosen + " " + notesWord, pages.regular(), ReportPages.BODY - 0.5f, ReportPages.MUTED);
        }

        private void mood() throws IOException {
            pages.heading(Messages.get("report.section.mood"), MOOD_CHART + 20);
            List<Double> ticks = List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0);
            int week = 7;
            ReportChart.lines(pages, data.range(), 0, 10, ticks, ProgressReportPdf::whole, List.of(
                    new ReportChart.Series(data.mood(), ReportPages.ACCENT_LIGHT, 0.7f, false, week, false, Set.of()),
                    new ReportChart.Series(data.moodRolling(), ReportPages.ACCENT, 1.8f, false, week, false, Set.of()),
                    new ReportChart.Series(data.selfTrustRolling(), ReportPages.WARM, 1.3f, true, week, false,
                            Set.of())),
                    MOOD_CHART, Messages.get("report.mood.none"));
            legend();
            pages.gap(4);
            if (!data.mood().isEmpty()) {
                paragraph("report.mood.days", data.mood().size(), data.range().days());
            }
            OptionalDouble mood = mean(data.mood());
            if (mood.isPresent()) {
                paragraph("report.mood.mean", oneDecimal(mood.getAsDouble()));
            }
            OptionalDouble selfTrust = mean(data.selfTrust());
            if (selfTrust.isPresent()) {
                paragraph("report.mood.selfTrust", oneDecimal(selfTrust.getAsDouble()));
            }
            if (data.moodRolling().size() >= 2) {
                List<DayValue> rolling = data.moodRolling();
                paragraph("report.mood.trend", oneDecimal(rolling.get(0).value()),
                        oneDecimal(rolling.get(rolling.size() - 1).value()));
            }
            pages.paragraph(Messages.get("report.mood.scale"), pages.regular(), ReportPages.SMALL, ReportPages.MUTED);
        }

        private void legend() throws IOException {
            record Key(String words, Color color, float lineWidth, boolean dashed) {
            }
            List<Key> keys = List.of(
                    new Key(Messages.get("report.mood.legend.daily"), ReportPages.ACCENT_LIGHT, 0.9f, false),
                    new Key(Messages.get("report.mood.legend.rolling"), ReportPages.ACCENT, 1.8f, false),
                    new Key(Messages.get("report.mood.legend.selfTrust"), ReportPages.WARM, 1.3f, true));
            float size = ReportPages.SMALL;
            float height = ReportPages.lineHeight(size) + 2;
            pages.need(height);
            float x = ReportPages.left() + ReportChart.AXIS_LEFT;
            float right = ReportPages.left() + ReportPages.width();
            float middle = pages.y() - height / 2;
            for (Key key : keys) {
                float room = 18 + pages.widthOf(key.words(), pages.regular(), size) + 16;
                if (x + room > right) {
                    pages.advance(height);
                    pages.need(height);
                    x = ReportPages.left() + ReportChart.AXIS_LEFT;
                    middle = pages.y() - height / 2;
                }
                pages.out().setLineDashPattern(key.dashed() ? new float[] {4, 2.5f} : new float[0], 0);
                pages.line(x, middle, x + 14, middle, key.color(), key.lineWidth());
                pages.out().setLineDashPattern(new float[0], 0);
                pages.show(key.words(), pages.regular(), size, ReportPages.MUTED, x + 18, middle - size / 3);
                x += room;
            }
            pages.advance(height);
        }

        private void weeks() throws IOException {
            pages.heading(Messages.get("report.section.weeks"), 60);
            List<ReportPages.Column> columns = List.of(
                    new ReportPages.Column(Messages.get("report.weeks.week"), 1.45f, false),
                    new ReportPages.Column(Messages.get("report.weeks.mood"), 1f, true),
                    new ReportPages.Column(Messages.get("report.weeks.selfTrust"), 1f, true),
                    new ReportPages.Column(Messages.get("report.weeks.checkIns"), 1f, true),
                    new ReportPages.Column(Messages.get("report.weeks.reframes"), 1.1f, true),
                    new ReportPages.Column(Messages.get("report.weeks.steps"), 0.9f, true),
                    new ReportPages.Column(Messages.get("report.weeks.wins"), 0.8f, true));
            List<List<String>> rows = new ArrayList<>();
            for (ReportWeek week : ReportWeek.of(data)) {
                rows.add(List.of(shortDate(week.week()), optional(week.mood()), optional(week.selfTrust()),
                        String.valueOf(week.checkInDays()), String.valueOf(week.reframes()),
                        String.valueOf(week.stepsDone()), String.valueOf(week.wins())));
            }
            pages.table(columns, rows);
            pages.paragraph(Messages.get("report.weeks.note"), pages.regular(), ReportPages.SMALL, ReportPages.MUTED);
        }

        private void traps() throws IOException {
            pages.heading(Messages.get("report.section.traps"), 40);
            ReframeStats stats = data.reframes();
            if (stats.done() == 0 && stats.perTrap().isEmpty()) {
                paragraph("report.traps.none");
                return;
            }
            paragraph("report.traps.done", stats.done());
            if (stats.meanBeliefDrop().isPresent() && stats.meanDistressDrop().isPresent()) {
                paragraph("report.traps.drops", whole(stats.meanBeliefDrop().getAsDouble()),
                        whole(stats.meanDistressDrop().getAsDouble()));
            } else if (stats.meanBeliefDrop().isPresent()) {
                paragraph("report.traps.belief", whole(stats.meanBeliefDrop().getAsDouble()));
            }
            if (stats.perTrap().isEmpty()) {
                return;
            }
            pages.gap(4);
            List<ReportPages.Column> columns = List.of(
                    new ReportPages.Column(Messages.get("report.traps.trap"), 2.6f, false),
                    new ReportPages.Column(Messages.get("report.traps.count"), 1f, true),
                    new ReportPages.Column(Messages.get("report.traps.beliefDrop"), 1.2f, true),
                    new ReportPages.Column(Messages.get("report.traps.distressDrop"), 1.2f, true));
            List<List<String>> rows = new ArrayList<>();
            for (TrapStats trap : stats.mostFrequent(TRAP_ROWS)) {
                rows.add(List.of(trapName(trap), String.valueOf(trap.count()), optionalWhole(trap.meanBeliefDrop()),
                        optionalWhole(trap.meanDistressDrop())));
            }
            pages.table(columns, rows);
            int others = stats.perTrap().size() - TRAP_ROWS;
            if (others > 0) {
                pages.paragraph(Messages.get("report.traps.more", TRAP_ROWS, others), pages.regular(),
                        ReportPages.SMALL, ReportPages.MUTED);
            }
            pages.paragraph(Messages.get("report.traps.note"), pages.regular(), ReportPages.SMALL, ReportPages.MUTED);
        }

        private String trapName(TrapStats trap) {
            if (trap.custom()) {
                return trap.trap();
            }
            return content.thinkingTrap(trap.trap()).map(ThinkingTrap::name).orElse(trap.trap());
        }

        private void wins() throws IOException {
            pages.heading(Messages.get("report.section.wins"), 40);
            paragraph("report.wins.count", wins.size());
            if (wins.isEmpty()) {
                return;
            }
            if (data.range().days() >= 14 && !data.goals().winsByWeek().isEmpty()) {
                pages.subheading(Messages.get("report.wins.chart"), WIN_CHART);
                List<DayValue> perWeek = data.goals().winsByWeek().stream()
                        .map(week -> new DayValue(week.week(), week.count())).toList();
                ReportChart.weekBars(pages, data.range(), perWeek, ReportPages.ACCENT, WIN_CHART,
                        Messages.get("report.wins.chart.none"));
                pages.gap(6);
            }
            float labelWidth = 76;
            for (Win win : wins.subList(0, Math.min(WIN_LINES, wins.size()))) {
                String kind = Messages.get("report.wins.kind." + win.kind().id());
                pages.item(shortDate(win.date()), labelWidth, Messages.get("report.wins.line", win.title(), kind),
                        pages.regular(), ReportPages.BODY - 0.5f);
            }
            if (wins.size() > WIN_LINES) {
                pages.gap(2);
                pages.paragraph(Messages.get("report.wins.more", wins.size() - WIN_LINES), pages.regular(),
                        ReportPages.BODY - 0.5f, ReportPages.MUTED, ReportPages.left() + labelWidth,
                        ReportPages.width() - labelWidth);
            }
        }

        private void assessments() throws IOException {
            pages.heading(Messages.get("report.section.assessments"), 40);
            List<Instrument> taken = new ArrayList<>();
            for (Instrument instrument : Instrument.values()) {
                List<ResultChange> results = data.assessments().getOrDefault(instrument, List.of());
                if (results.stream().anyMatch(result -> data.range().contains(result.result().date()))) {
                    taken.add(instrument);
                }
            }
            if (taken.isEmpty()) {
                paragraph("report.assessments.none");
                return;
            }
            for (Instrument instrument : taken) {
                instrument(instrument, data.assessments().get(instrument).stream()
                        .filter(result -> data.range().contains(result.result().date())).toList());
            }
            pages.gap(4);
            pages.paragraph(Messages.get("report.assessments.information"), pages.regular(), ReportPages.SMALL,
                    ReportPages.MUTED);
        }

        private void instrument(Instrument instrument, List<ResultChange> results) throws IOException {
            String name = content.assessment(instrument).name();
            String heading = name.contains(instrument.shortName()) ? name
                    : Messages.get("report.assessments.heading", name, instrument.shortName());
            pages.subheading(heading, results.size() >= 2 ? RESULT_CHART + 20 : 50);
            pages.paragraph(Messages.get("report.assessments.direction." + instrument.id()), pages.regular(),
                    ReportPages.SMALL, ReportPages.MUTED);
            if (results.size() >= 2) {
                pages.gap(4);
                double low = instrument.lowestScore();
                double high = instrument.highestScore();
                List<DayValue> points = results.stream()
                        .map(result -> new DayValue(result.result().date(), result.result().score().score())).toList();
                Set<LocalDate> ringed = results.stream().filter(ResultChange::meaningful)
                        .map(result -> result.result().date()).collect(Collectors.toSet());
                ReportChart.lines(pages, data.range(), low, high, List.of(low, (low + high) / 2, high),
                        ProgressReportPdf::whole, List.of(new ReportChart.Series(points, ReportPages.ACCENT, 1.2f,
                                false, Integer.MAX_VALUE, true, ringed)),
                        RESULT_CHART, "");
            }
            List<ReportPages.Column> columns = List.of(
                    new ReportPages.Column(Messages.get("report.assessments.date"), 1.3f, false),
                    new ReportPages.Column(Messages.get("report.assessments.score"), 1.1f, true),
                    new ReportPages.Column(Messages.get("report.assessments.change"), 1.4f, true),
                    new ReportPages.Column(Messages.get("report.assessments.meaningful"), 1.1f, true));
            List<List<String>> rows = new ArrayList<>();
            for (ResultChange change : results) {
                SavedAssessment result = change.result();
                rows.add(List.of(shortDate(result.date()),
                        Messages.get("assessments.score", result.score().formattedScore(Locale.getDefault()),
                                result.score().formattedHighestScore()),
                        change(instrument, change.change()),
                        change.meaningful() ? Messages.get("report.assessments.yes") : ""));
            }
            pages.gap(2);
            pages.table(columns, rows);
            OptionalDouble threshold = instrument.meaningfulChange();
            String legend = threshold.isPresent()
                    ? Messages.get("report.assessments.threshold", whole(threshold.getAsDouble()), instrument.shortName())
                    : Messages.get("report.assessments.noThreshold", instrument.shortName());
            pages.paragraph(legend, pages.regular(), ReportPages.SMALL, ReportPages.MUTED);
            pages.gap(6);
        }

        private static String change(Instrument instrument, OptionalDouble change) {
            if (change.isEmpty()) {
                return NO_VALUE;
            }
            double value = change.getAsDouble();
            String number = instrument.scoredAsMean()
                    ? String.format(Locale.getDefault(), "%+.2f", value)
                    : String.format(Locale.getDefault(), "%+d", Math.round(value));
            return Messages.get("report.assessments.points", number);
        }

        private void notes() throws IOException {
            pages.heading(Messages.get("report.section.notes"), 40);
            if (notes.isEmpty()) {
                paragraph("report.notes.none");
                return;
            }
            float size = ReportPages.BODY;
            for (DatedText note : notes) {
                pages.need(ReportPages.lineHeight(size) * 2 + 4);
                pages.paragraph(longDate(note.date()), pages.bold(), size - 1, ReportPages.INK);
                if (pages.text().losesAllLetters(note.text())) {
                    pages.paragraph(Messages.get("report.notes.unprintable"), pages.regular(), ReportPages.SMALL,
                            ReportPages.MUTED);
                } else {
                    pages.paragraph(note.text().strip(), pages.regular(), size, ReportPages.INK);
                }
                pages.gap(6);
            }
        }

        private void paragraph(String key, Object... args) throws IOException {
            pages.paragraph(Messages.get(key, args), pages.regular(), ReportPages.BODY, ReportPages.INK);
        }

        private static OptionalDouble mean(List<DayValue> values) {
            return Numbers.mean(values, DayValue::value);
        }

        private static String optional(OptionalDouble value) {
            return value.isPresent() ? oneDecimal(value.getAsDouble()) : NO_VALUE;
        }

        private static String optionalWhole(OptionalDouble value) {
            return value.isPresent() ? whole(value.getAsDouble()) : NO_VALUE;
        }
    }
}
