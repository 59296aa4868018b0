package app.groundwork.io.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 describes them: fields holding a comma, a double quote or a line break are
 * quoted, quotes inside doubled, records ended by CRLF. The reader also takes bare LF line ends, as many apps write.
 */
public final class Csv {
    private Csv() {
    }

    /** One record, quoted where needed, with its CRLF. */
    public static String record(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A record read back, with the line of the file it starts on (from 1). */
    public record Row(long line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** Why a text is not CSV, and the line where that shows. */
    public static final class MalformedCsv extends RuntimeException {
        private final long line;
        private final String reasonKey;

        MalformedCsv(long line, String reasonKey) {
            super(reasonKey + " at line " + line);
            this.line = line;
            this.reasonKey = reasonKey;
        }

        public long line() {
            return line;
        }

        public String reasonKey() {
            return reasonKey;
        }
    }

    /**
     * Every record of {@code text}; blank lines between records are skipped.
     *
     * @param mostFields a record with more fields than this is refused (a guard against absurd input)
     * @throws MalformedCsv when a quoted field is never closed, or a quote sits in the middle of an unquoted field
     */
    public static List<Row> read(String text, int mostFields) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean fieldStarted = false;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                fieldStarted = true;
                if (fields.size() > mostFields) {
                    throw new MalformedCsv(recordLine, "import.refused.csv.tooManyFields");
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || field.length() > 0 || afterQuote) {
                    fields.add(field.toString());
                    rows.add(new Row(recordLine, fields));
                }
                fields = new ArrayList<>();
                field.setLength(0);
                afterQuote = false;
                fieldStarted = false;
                line++;
                recordLine = line;
            } else if (c == '"') {
                if (field.length() > 0 || afterQuote) {
                    throw new MalformedCsv(line, "import.refused.csv.strayQuote");
                }
                quoted = true;
                fieldStarted = true;
            } else {
                if (afterQuote) {
                    throw new MalformedCsv(line, "import.refused.csv.strayQuote");
                }
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new MalformedCsv(recordLine, "import.refused.csv.unclosedQuote");
        }
        if (fieldStarted || field.length() > 0 || afterQuote) {
            fields.add(field.toString());
            rows.add(new Row(recordLine, fields));
        }
        return rows;
    }
}
