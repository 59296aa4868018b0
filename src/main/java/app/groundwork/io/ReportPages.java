package app.groundwork.io;

import app.groundwork.domain.Numbers;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The report's A4 pages filled from the top down: text that wraps and flows on to the next page, headings kept with
 * what follows them, tables whose header row is repeated on every page they reach, and room for drawings. Everything
 * shown goes through {@link ReportText} first.
 */
final class ReportPages implements AutoCloseable {
    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 56;
    static final float TOP = PAGE_HEIGHT - 56;
    static final float BOTTOM = 64;
    static final float BODY = 10.5f;
    static final float SMALL = 8.5f;

    static final Color INK = new Color(38, 43, 51);
    static final Color MUTED = new Color(104, 111, 122);
    static final Color RULE = new Color(214, 218, 224);
    static final Color SHADE = new Color(240, 242, 245);
    static final Color ACCENT = new Color(39, 110, 138);
    static final Color ACCENT_LIGHT = new Color(160, 196, 211);
    static final Color WARM = new Color(196, 122, 48);

    /** One column of a table: its header, its share of the width, and whether its cells are numbers (set right). */
    record Column(String header, float width, boolean numeric) {
    }

    private static final float CELL_PAD = 4;
    private static final int CELL_LINES = 6;

    private final PDDocument document;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final ReportText text = new ReportText(regular);
    private PDPageContentStream out;
    private float y;

    ReportPages(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    ReportText text() {
        return text;
    }

    /** The drawing of the current page. */
    PDPageContentStream out() {
        return out;
    }

    /** The top of the space still free on the current page. */
    float y() {
        return y;
    }

    static float left() {
        return MARGIN;
    }

    static float width() {
        return PAGE_WIDTH - 2 * MARGIN;
    }

    /** Moves the top of the free space down by {@code height} (after a drawing placed there by the caller). */
    void advance(float height) {
        y -= height;
    }

    void gap(float height) {
        y = Math.max(BOTTOM, y - height);
    }

    /** Starts a new page when fewer than {@code height} points are left on this one (and it isn't empty already). */
    void need(float height) throws IOException {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = TOP;
    }

    static float lineHeight(float size) {
        return size * 1.4f;
    }

    /** Text wrapped to the width, flowing on to new pages as needed. */
    void paragraph(String words, PDFont font, float size, Color color) throws IOException {
        paragraph(words, font, size, color, left(), width());
    }

    void paragraph(String words, PDFont font, float size, Color color, float x, float maxWidth) throws IOException {
        for (String line : text.wrap(words, font, size, maxWidth)) {
            need(lineHeight(size));
            show(line, font, size, color, x, y - size);
            y -= lineHeight(size);
        }
    }

    /**
     * A line of a list: {@code label} (a date) in a narrow column on the left, {@code words} wrapped beside it. An
     * item of up to three lines is never split across pages.
     */
    void item(String label, float labelWidth, String words, PDFont font, float size) throws IOException {
        List<String> lines = text.wrap(words, font, size, width() - labelWidth);
        float height = lineHeight(size);
        need(Math.min(lines.size(), 3) * height);
        show(label, regular, size - 1, MUTED, left(), y - size);
        for (String line : lines) {
            need(height);
            show(line, font, size, INK, left() + labelWidth, y - size);
            y -= height;
        }
    }

    /** A section heading with a rule under it, moved to the next page unless {@code keepWith} more points fit too. */
    void heading(String words, float keepWith) throws IOException {
        float size = 14;
        gap(10);
        need(lineHeight(size) + 8 + keepWith);
        show(text.clean(words), bold, size, INK, left(), y - size);
        y -= lineHeight(size) + 2;
        line(left(), y, left() + width(), y, RULE, 0.8f);
        y -= 8;
    }

    /** A smaller heading inside a section. */
    void subheading(String words, float keepWith) throws IOException {
        float size = 11.5f;
        gap(4);
        need(lineHeight(size) + keepWith);
        show(text.clean(words), bold, size, INK, left(), y - size);
        y -= lineHeight(size) + 2;
    }

    /** One line of already placed text; {@code baseline} is where the letters sit. */
    void show(String words, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        String cleaned = text.clean(words);
        if (cleaned.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, baseline);
        out.showText(cleaned);
        out.endText();
    }

    /** The same set to end at {@code right}. */
    void showRight(String words, PDFont font, float size, Color color, float right, float baseline) throws IOException {
        String cleaned = text.clean(words);
        show(cleaned, font, size, color, right - ReportText.width(cleaned, font, size), baseline);
    }

    float widthOf(String words, PDFont font, float size) throws IOException {
        return ReportText.width(text.clean(words), font, size);
    }

    void line(float x1, float y1, float x2, float y2, Color color, float lineWidth) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(lineWidth);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    void fill(float x, float bottom, float boxWidth, float height, Color color) throws IOException {
        out.setNonStrokingColor(color);
        out.addRect(x, bottom, boxWidth, height);
        out.fill();
    }

    /**
     * A table across the width: a shaded header row (repeated at the top of every page the table reaches), then the
     * rows with a faint band on every other one. Cells wrap within their column; a row never splits across pages.
     */
    void table(List<Column> columns, List<List<String>> rows) throws IOException {
        float total = (float) Numbers.sum(columns, Column::width);
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width() / total * width();
        }
        List<List<String>> header = cells(columns.stream().map(Column::header).toList(), widths, bold, SMALL);
        float headerHeight = rowHeight(header, SMALL);
        List<List<List<String>>> body = new ArrayList<>();
        for (List<String> row : rows) {
            body.add(cells(row, widths, regular, BODY - 1));
        }
        float firstRow = body.isEmpty() ? 0 : rowHeight(body.get(0), BODY - 1);
        need(headerHeight + firstRow);
        drawHeader(columns, header, widths, headerHeight);
        for (int r = 0; r < body.size(); r++) {
            float height = rowHeight(body.get(r), BODY - 1);
            if (y - height < BOTTOM) {
                newPage();
                drawHeader(columns, header, widths, headerHeight);
            }
            if (r % 2 == 1) {
                fill(left(), y - height, width(), height, SHADE);
            }
            drawRow(columns, body.get(r), widths, height, regular, BODY - 1, INK);
        }
        line(left(), y, left() + width(), y, RULE, 0.6f);
        y -= 6;
    }

    private void drawHeader(List<Column> columns, List<List<String>> header, float[] widths, float height)
            throws IOException {
        fill(left(), y - height, width(), height, SHADE);
        line(left(), y - height, left() + width(), y - height, MUTED, 0.6f);
        drawRow(columns, header, widths, height, bold, SMALL, INK);
    }

    private void drawRow(List<Column> columns, List<List<String>> cells, float[] widths, float height, PDFont font,
                         float size, Color color) throws IOException {
        float x = left();
        for (int c = 0; c < cells.size(); c++) {
            float baseline = y - CELL_PAD - size;
            for (String cellLine : cells.get(c)) {
                if (columns.get(c).numeric()) {
                    showRight(cellLine, font, size, color, x + widths[c] - CELL_PAD, baseline);
                } else {
                    show(cellLine, font, size, color, x + CELL_PAD, baseline);
                }
                baseline -= lineHeight(size);
            }
            x += widths[c];
        }
        y -= height;
    }

    private List<List<String>> cells(List<String> row, float[] widths, PDFont font, float size) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String value = c < row.size() ? row.get(c) : "";
            List<String> lines = text.wrap(value.replaceAll("\\R", " "), font, size, widths[c] - 2 * CELL_PAD);
            if (lines.size() > CELL_LINES) {
                lines = new ArrayList<>(lines.subList(0, CELL_LINES));
                lines.set(CELL_LINES - 1, lines.get(CELL_LINES - 1) + "…");
            }
            cells.add(lines);
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells, float size) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * lineHeight(size) + 2 * CELL_PAD - (lineHeight(size) - size);
    }

    /**
     * Writes the running foot on every page, once all pages exist: {@code label} on the left and "page n of m" from
     * {@code pageWords} on the right.
     */
    void finish(String label, java.util.function.BiFunction<Integer, Integer, String> pageWords) throws IOException {
        out.close();
        out = null;
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = foot;
                float baseline = BOTTOM - 30;
                line(left(), baseline + 12, left() + width(), baseline + 12, RULE, 0.5f);
                show(label, regular, SMALL - 0.5f, MUTED, left(), baseline);
                showRight(pageWords.apply(i + 1, count), regular, SMALL - 0.5f, MUTED, left() + width(), baseline);
            }
        }
        out = null;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
