package app.groundwork.io;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text made printable in the report's standard font, and wrapped to a width. Helvetica carries only the WinAnsi
 * characters (Latin letters with their accents, typographic quotes and dashes, the ellipsis…); anything else is
 * replaced by its nearest plain form (an accent taken off, an arrow as "->") or left out, as emoji are. A person's
 * note with an emoji in it must never stop their report from being made, and a question mark in the middle of their
 * words would read as if they had asked something.
 */
final class ReportText {
    private static final Map<Integer, String> FALLBACKS = Map.ofEntries(
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2015, "—"),
            Map.entry(0x2212, "-"), Map.entry(0x2192, "->"), Map.entry(0x2190, "<-"), Map.entry(0x2194, "<->"),
            Map.entry(0x21D2, "=>"), Map.entry(0x2264, "<="), Map.entry(0x2265, ">="), Map.entry(0x2260, "!="),
            Map.entry(0x2248, "~"), Map.entry(0x2032, "'"), Map.entry(0x2033, "\""), Map.entry(0x201B, "‘"),
            Map.entry(0x201F, "“"), Map.entry(0x2043, "-"), Map.entry(0x2219, "·"), Map.entry(0x22C5, "·"),
            Map.entry(0x0141, "L"), Map.entry(0x0142, "l"), Map.entry(0x0110, "D"), Map.entry(0x0111, "d"),
            Map.entry(0x0131, "i"), Map.entry(0x0126, "H"), Map.entry(0x0127, "h"), Map.entry(0x0166, "T"),
            Map.entry(0x0167, "t"), Map.entry(0x0132, "IJ"), Map.entry(0x0133, "ij"), Map.entry(0x0152, "Œ"),
            Map.entry(0x1E9E, "SS"));

    private final PDFont font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    /** @param font the font every cleaned text will be shown in (its bold face shares the same characters) */
    ReportText(PDFont font) {
        this.font = font;
    }

    /**
     * One line of text the font can print: line breaks and tabs become spaces, invisible formatting characters are
     * dropped, characters the font lacks are replaced or left out, and runs of spaces become one.
     */
    String clean(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> append(out, codePoint));
        return out.toString().replaceAll(" {2,}", " ");
    }

    /** Whether {@code text} holds letters or digits that cleaning leaves out entirely (a note in another script). */
    boolean losesAllLetters(String text) {
        boolean hasLetters = text.codePoints().anyMatch(Character::isLetterOrDigit);
        return hasLetters && clean(text).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * {@code text} cleaned and wrapped into lines no wider than {@code width}: line breaks in it start new lines (an
     * empty one stays as an empty line), and a word longer than the width is broken where it must be.
     */
    List<String> wrap(String text, PDFont lineFont, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            String cleaned = clean(paragraph).strip();
            if (cleaned.isEmpty()) {
                lines.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : cleaned.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, lineFont, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, lineFont, size) > width) {
                    int fits = longestPrefix(rest, lineFont, size, width);
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The width of already cleaned text, in points. */
    static float width(String cleaned, PDFont lineFont, float size) throws IOException {
        return lineFont.getStringWidth(cleaned) / 1000f * size;
    }

    private static int longestPrefix(String word, PDFont lineFont, float size, float width) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), lineFont, size) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    private void append(StringBuilder out, int codePoint) {
        if (codePoint == '\t' || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            out.append(' ');
            return;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
            return;
        }
        if (encodable(codePoint)) {
            out.appendCodePoint(codePoint);
            return;
        }
        String fallback = FALLBACKS.get(codePoint);
        if (fallback != null) {
            out.append(fallback);
            return;
        }
        // an accented letter the font lacks loses its accent ("ő" becomes "o"); anything else is left out
        Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD).codePoints()
                .filter(part -> Character.getType(part) != Character.NON_SPACING_MARK && encodable(part))
                .forEach(out::appendCodePoint);
    }

    private boolean encodable(int codePoint) {
        if (codePoint > 0xFFFF) {
            return false;
        }
        return encodable.computeIfAbsent(codePoint, this::tryEncode);
    }

    private boolean tryEncode(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException unencodable) {
            return false;
        }
    }
}
