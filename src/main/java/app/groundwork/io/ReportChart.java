package app.groundwork.io;

import app.groundwork.domain.DateRange;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.Numbers;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Charts drawn as vector lines from the aggregated figures: a line per series over the days of the range, never with
 * more points than the plot is points wide, and bars for counts per week. A chart with nothing to draw says so kindly
 * in its frame instead.
 */
final class ReportChart {
    /** The room left of the plot for the value labels and below it for the day labels. */
    static final float AXIS_LEFT = 30;
    static final float AXIS_BELOW = 16;

    private static final float TICK_SIZE = 7.5f;
    private static final float RING = 3.2f;
    private static final float DOT = 1.6f;
    /** 4·(√2−1)/3: the control distance that makes four Bézier curves a circle. */
    private static final float KAPPA = 0.5523f;

    /**
     * One line to draw.
     *
     * @param maxGapDays the line breaks where two values are further apart than this; points are then not joined
     * @param dots       whether each point also gets a dot (for sparse results such as self-assessments)
     * @param ringed     days whose point is circled (a meaningful change)
     */
    record Series(List<DayValue> values, Color color, float lineWidth, boolean dashed, int maxGapDays, boolean dots,
                  Set<LocalDate> ringed) {
    }

    /** A point of a series placed on the plot: {@code x} from the plot's left edge, and the value it stands for. */
    record PlotPoint(float x, double value, long firstDay, long lastDay) {
    }

    private ReportChart() {
    }

    /**
     * The points of {@code values} (oldest first) on a plot {@code plotWidth} points wide over {@code range}: the
     * values falling in the same point-wide column are averaged into one, and the result is split into runs wherever
     * two neighbours are more than {@code maxGapDays} apart.
     */
    static List<List<PlotPoint>> segments(List<DayValue> values, DateRange range, float plotWidth, int maxGapDays) {
        long firstDay = range.from().toEpochDay();
        long days = range.days();
        int columns = Math.max(1, (int) Math.floor(plotWidth));
        List<PlotPoint> points = new ArrayList<>();
        int column = -1;
        double xSum = 0;
        double valueSum = 0;
        int count = 0;
        long columnFirst = 0;
        long columnLast = 0;
        for (DayValue value : values) {
            if (!range.contains(value.date())) {
                continue;
            }
            long day = value.date().toEpochDay();
            double x = (day - firstDay + 0.5) / days * plotWidth;
            int at = Math.min(columns - 1, (int) x);
            if (at != column && count > 0) {
                points.add(new PlotPoint((float) (xSum / count), valueSum / count, columnFirst, columnLast));
                count = 0;
                xSum = 0;
                valueSum = 0;
            }
            if (count == 0) {
                columnFirst = day;
            }
            column = at;
            xSum += x;
            valueSum += value.value();
            columnLast = day;
            count++;
        }
        if (count > 0) {
            points.add(new PlotPoint((float) (xSum / count), valueSum / count, columnFirst, columnLast));
        }
        List<List<PlotPoint>> runs = new ArrayList<>();
        List<PlotPoint> run = new ArrayList<>();
        for (PlotPoint point : points) {
            if (!run.isEmpty() && point.firstDay() - run.get(run.size() - 1).lastDay() > maxGapDays) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(point);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /**
     * Draws a line chart at the top of the free space, {@code height} points tall in all, and moves below it.
     *
     * @param yTicks     the values given a label and a faint grid line
     * @param tickWords  how a tick value is written
     * @param emptyNote  shown in the frame when no series has a value in the range
     */
    static void lines(ReportPages pages, DateRange range, double min, double max, List<Double> yTicks,
                      DoubleFunction<String> tickWords, List<Series> series, float height, String emptyNote)
            throws IOException {
        Frame frame = frame(pages, height);
        for (double tick : yTicks) {
            float y = frame.y(tick, min, max);
            pages.line(frame.left, y, frame.right(), y, ReportPages.SHADE, 0.6f);
            pages.showRight(tickWords.apply(tick), pages.regular(), TICK_SIZE, ReportPages.MUTED, frame.left - 4,
                    y - TICK_SIZE / 3);
        }
        dayLabels(pages, range, frame);
        boolean anything = series.stream().anyMatch(line -> line.values().stream().anyMatch(v -> range.contains(v.date())));
        if (!anything) {
            emptyNote(pages, frame, emptyNote);
        }
        PDPageContentStream out = pages.out();
        for (Series line : series) {
            out.setStrokingColor(line.color());
            out.setLineWidth(line.lineWidth());
            out.setLineDashPattern(line.dashed() ? new float[] {4, 2.5f} : new float[0], 0);
            List<List<PlotPoint>> runs = segments(line.values(), range, frame.width, line.maxGapDays());
            for (List<PlotPoint> run : runs) {
                if (run.size() == 1 && !line.dots()) {
                    PlotPoint only = run.get(0);
                    circle(out, frame.left + only.x(), frame.y(only.value(), min, max), line.lineWidth());
                    out.setNonStrokingColor(line.color());
                    out.fill();
                    continue;
                }
                for (int i = 0; i < run.size(); i++) {
                    PlotPoint point = run.get(i);
                    float x = frame.left + point.x();
                    float y = frame.y(point.value(), min, max);
                    if (i == 0) {
                        out.moveTo(x, y);
                    } else {
                        out.lineTo(x, y);
                    }
                }
                if (run.size() > 1) {
                    out.stroke();
                }
            }
            out.setLineDashPattern(new float[0], 0);
            if (line.dots()) {
                for (DayValue value : line.values()) {
                    if (!range.contains(value.date())) {
                        continue;
                    }
                    float x = frame.left + frame.x(value.date(), range);
                    float y = frame.y(value.value(), min, max);
                    circle(out, x, y, DOT + 0.4f);
                    out.setNonStrokingColor(line.color());
                    out.fill();
                    if (line.ringed().contains(value.date())) {
                        out.setLineWidth(1.1f);
                        circle(out, x, y, RING + 1.2f);
                        out.stroke();
                        out.setLineWidth(line.lineWidth());
                    }
                }
            }
        }
        pages.advance(height);
    }

    /** Bars for counts per week ({@code weeks} named by their Monday), drawn like {@link #lines}. */
    static void weekBars(ReportPages pages, DateRange range, List<DayValue> weeks, Color color, float height,
                         String emptyNote) throws IOException {
        Frame frame = frame(pages, height);
        double highest = Numbers.max(weeks, DayValue::value).orElse(0);
        double top = Math.max(1, niceCeiling(highest));
        List<Double> ticks = top <= 1 ? List.of(0.0, 1.0) : List.of(0.0, top / 2, top);
        for (double tick : ticks) {
            float y = frame.y(tick, 0, top);
            pages.line(frame.left, y, frame.right(), y, ReportPages.SHADE, 0.6f);
            String words = tick == Math.rint(tick) ? String.valueOf((long) tick) : String.valueOf(tick);
            pages.showRight(words, pages.regular(), TICK_SIZE, ReportPages.MUTED, frame.left - 4, y - TICK_SIZE / 3);
        }
        dayLabels(pages, range, frame);
        if (highest <= 0) {
            emptyNote(pages, frame, emptyNote);
        }
        for (DayValue week : weeks) {
            if (week.value() <= 0) {
                continue;
            }
            LocalDate first = week.date().isBefore(range.from()) ? range.from() : week.date();
            LocalDate last = week.date().plusDays(6).isAfter(range.to()) ? range.to() : week.date().plusDays(6);
            if (last.isBefore(first)) {
                continue;
            }
            float dayWidth = frame.width / range.days();
            float x = frame.left + (first.toEpochDay() - range.from().toEpochDay()) * dayWidth;
            float barWidth = Math.max(0.8f, (last.toEpochDay() - first.toEpochDay() + 1) * dayWidth - 1.2f);
            float barTop = frame.y(week.value(), 0, top);
            pages.fill(x + 0.6f, frame.bottom, barWidth, barTop - frame.bottom, color);
        }
        pages.advance(height);
    }

    /** The value at or above {@code value} that makes a tidy top for an axis: 1, 2, 4, 5, 6, 8, 10, 20, 40… */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 0;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 4, 5, 6, 8, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static Frame frame(ReportPages pages, float height) throws IOException {
        Frame frame = new Frame(ReportPages.left() + AXIS_LEFT, pages.y() - height + AXIS_BELOW,
                ReportPages.width() - AXIS_LEFT, height - AXIS_BELOW - 6);
        pages.line(frame.left, frame.bottom, frame.right(), frame.bottom, ReportPages.MUTED, 0.7f);
        pages.line(frame.left, frame.bottom, frame.left, frame.top(), ReportPages.MUTED, 0.7f);
        return frame;
    }

    private static void emptyNote(ReportPages pages, Frame frame, String note) throws IOException {
        List<String> lines = pages.text().wrap(note, pages.regular(), ReportPages.BODY, frame.width - 40);
        float lineHeight = ReportPages.lineHeight(ReportPages.BODY);
        float baseline = frame.bottom + frame.height / 2 + (lines.size() - 1) * lineHeight / 2 - ReportPages.BODY / 3;
        for (String line : lines) {
            float x = frame.left + (frame.width - pages.widthOf(line, pages.regular(), ReportPages.BODY)) / 2;
            pages.show(line, pages.regular(), ReportPages.BODY, ReportPages.MUTED, x, baseline);
            baseline -= lineHeight;
        }
    }

    /** Labels under the plot: days, Mondays, months or years, as the range's length allows, never overlapping. */
    private static void dayLabels(ReportPages pages, DateRange range, Frame frame) throws IOException {
        List<LocalDate> ticks = new ArrayList<>();
        List<String> words = new ArrayList<>();
        long days = range.days();
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern("d MMM", Locale.getDefault());
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", Locale.getDefault());
        DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("MMM yyyy", Locale.getDefault());
        if (days <= 120) {
            for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
                if (days <= 14 || day.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
                    ticks.add(day);
                    words.add(dayMonth.format(day));
                }
            }
        } else if (days <= 800) {
            LocalDate day = range.from().withDayOfMonth(1);
            day = day.isBefore(range.from()) ? day.plusMonths(1) : day;
            for (; !day.isAfter(range.to()); day = day.plusMonths(1)) {
                ticks.add(day);
                words.add(ticks.size() == 1 || day.getMonthValue() == 1 ? monthYear.format(day) : month.format(day));
            }
        } else {
            LocalDate day = range.from().withDayOfYear(1);
            day = day.isBefore(range.from()) ? day.plusYears(1) : day;
            for (; !day.isAfter(range.to()); day = day.plusYears(1)) {
                ticks.add(day);
                words.add(String.valueOf(day.getYear()));
            }
        }
        float widest = 0;
        for (String word : words) {
            widest = Math.max(widest, pages.widthOf(word, pages.regular(), TICK_SIZE));
        }
        float spacing = ticks.size() < 2 ? frame.width : frame.x(ticks.get(1), range) - frame.x(ticks.get(0), range);
        int every = Math.max(1, (int) Math.ceil((widest + 8) / Math.max(0.1f, spacing)));
        for (int i = 0; i < ticks.size(); i += every) {
            float x = frame.left + frame.x(ticks.get(i), range);
            pages.line(x, frame.bottom, x, frame.bottom - 2.5f, ReportPages.MUTED, 0.6f);
            float wordWidth = pages.widthOf(words.get(i), pages.regular(), TICK_SIZE);
            float start = Math.max(frame.left - AXIS_LEFT / 2, Math.min(x - wordWidth / 2, frame.right() - wordWidth));
            pages.show(words.get(i), pages.regular(), TICK_SIZE, ReportPages.MUTED, start, frame.bottom - 3 - TICK_SIZE);
        }
    }

    private static void circle(PDPageContentStream out, float x, float y, float radius) throws IOException {
        float k = KAPPA * radius;
        out.moveTo(x + radius, y);
        out.curveTo(x + radius, y + k, x + k, y + radius, x, y + radius);
        out.curveTo(x - k, y + radius, x - radius, y + k, x - radius, y);
        out.curveTo(x - radius, y - k, x - k, y - radius, x, y - radius);
        out.curveTo(x + k, y - radius, x + radius, y - k, x + radius, y);
        out.closePath();
    }

    /** The plot's area on the page. */
    private static final class Frame {
        final float left;
        final float bottom;
        final float width;
        final float height;

        Frame(float left, float bottom, float width, float height) {
            this.left = left;
            this.bottom = bottom;
            this.width = width;
            this.height = height;
        }

        float right() {
            return left + width;
        }

        float top() {
            return bottom + height;
        }

        float y(double value, double min, double max) {
            double share = max > min ? (value - min) / (max - min) : 0.5;
            return bottom + (float) (Math.max(0, Math.min(1, share)) * height);
        }

        /** The middle of {@code day}'s slot, from the plot's left edge. */
        float x(LocalDate day, DateRange range) {
            return (float) ((day.toEpochDay() - range.from().toEpochDay() + 0.5) / range.days() * width);
        }
    }
}
