package app.groundwork.io.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 both ways: quotes, commas and line breaks inside fields, emoji, and the ways a file can be broken. */
class CsvTest {
    @Test
    void fieldsAreQuotedOnlyWhenTheyNeedIt() {
        assertEquals("plain,\"a, b\",\"she said \"\"no\"\"\",\"two\nlines\",\"cr\rhere\",,🌱\r\n",
                Csv.record(List.of("plain", "a, b", "she said \"no\"", "two\nlines", "cr\rhere", "", "🌱")));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<String> fields = List.of("2024-03-02", "Dinner with Sam, finally", "\"great\" exam", "line one\r\nline two", "", "😴 ✨");
        String text = Csv.record(List.of("a", "b", "c", "d", "e", "f")) + Csv.record(fields) + Csv.record(fields);
        List<Csv.Row> rows = Csv.read(text, 10);
        assertEquals(3, rows.size());
        assertEquals(fields, rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(4, rows.get(2).line(), "the row after a field with a line break starts a line later");
    }

    @Test
    void bareLineFeedsAndBlankLinesAreTaken() {
        List<Csv.Row> rows = Csv.read("a,b\n\n1,2\n3,\"x\"\n", 10);
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2"), List.of("3", "x")),
                rows.stream().map(Csv.Row::fields).toList());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void brokenFilesNameTheLine() {
        Csv.MalformedCsv unclosed = assertThrows(Csv.MalformedCsv.class, () -> Csv.read("a,b\n1,\"never closed\n2,3\n", 10));
        assertEquals(2, unclosed.line());
        assertEquals("import.refused.csv.unclosedQuote", unclosed.reasonKey());
        Csv.MalformedCsv stray = assertThrows(Csv.MalformedCsv.class, () -> Csv.read("a,b\n1,2\nab\"c,d\n", 10));
        assertEquals(3, stray.line());
        assertEquals("import.refused.csv.strayQuote", stray.reasonKey());
        Csv.MalformedCsv wide = assertThrows(Csv.MalformedCsv.class, () -> Csv.read("a,b,c,d\n", 2));
        assertEquals("import.refused.csv.tooManyFields", wide.reasonKey());
    }
}
