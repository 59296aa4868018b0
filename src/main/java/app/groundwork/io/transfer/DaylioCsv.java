package app.groundwork.io.transfer;

import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.transfer.ArchivedEntry;
import app.groundwork.domain.transfer.DaylioMoods;
import app.groundwork.domain.transfer.ImportRefused;
import app.groundwork.domain.transfer.JournalArchive;
import app.groundwork.domain.transfer.ParsedImport;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Daylio's CSV export ({@code full_date,date,weekday,time,mood,activities,note_title,note}; older exports have
 * {@code year} in place of {@code full_date} and may have no {@code note_title}): each row a check-in. Moods become
 * numbers through a mapping the person can change; activities become tags; the title and note join into the note,
 * with {@code <br>} as a line break. Times may be 12- or 24-hour.
 */
public final class DaylioCsv {
    private static final int MOST_COLUMNS = 64;
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final List<DateTimeFormatter> TIMES = List.of(
            formatter("h:mm a"), formatter("h:mma"), formatter("H:mm"));
    private static final List<DateTimeFormatter> DAYS_WITHOUT_YEAR = List.of(
            formatter("MMMM d uuuu"), formatter("d MMMM uuuu"), formatter("MMM d uuuu"), formatter("d MMM uuuu"));

    private DaylioCsv() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Reads the file. Rows whose mood has no number yet are listed in {@link ParsedImport#moods()} and left out of the
     * archive; the caller refuses to import until every mood has one.
     *
     * @param moods the person's mapping, mood name → 1–10, on top of {@link DaylioMoods#DEFAULTS}
     * @param now   when the check-ins are saved
     */
    public static ParsedImport read(Path file, Map<String, Integer> moods, Instant now) {
        String text = ImportFiles.text(file);
        List<Csv.Row> rows;
        try {
            rows = Csv.read(text, MOST_COLUMNS);
        } catch (Csv.MalformedCsv e) {
            throw new ImportRefused(file, ImportRefused.Place.line(e.line()), e.reasonKey());
        }
        if (rows.isEmpty()) {
            throw new ImportRefused(file, null, "import.refused.empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        boolean dated = columns.containsKey("full_date") || (columns.containsKey("year") && columns.containsKey("date"));
        if (!dated || !columns.containsKey("time") || !columns.containsKey("mood") || !columns.containsKey("note")) {
            throw new ImportRefused(file, ImportRefused.Place.line(1), "import.refused.daylio.header", String.join(",", header));
        }
        Map<String, Integer> mapping = DaylioMoods.with(moods);
        for (Map.Entry<String, Integer> mood : mapping.entrySet()) {
            if (mood.getValue() == null || mood.getValue() < 1 || mood.getValue() > 10) {
                throw new ImportRefused(file, null, "import.refused.daylio.moodValue", mood.getKey(), mood.getValue());
            }
        }
        record Read(ArchivedEntry entry, ImportRefused.Place where, int order) {
        }
        List<Read> read = new ArrayList<>();
        Map<String, ParsedImport.MoodUse> moodUses = new LinkedHashMap<>();
        List<ParsedImport.ImportNote> notes = new ArrayList<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            Csv.Row row = rows.get(r);
            ImportRefused.Place where = ImportRefused.Place.line(row.line());
            FieldReader fields = new FieldReader(file, where);
            if (row.fields().size() != header.size()) {
                throw fields.refused("import.refused.daylio.columns", row.fields().size(), header.size());
            }
            LocalDate day = day(fields, row.fields(), columns);
            LocalTime time = time(fields, cell(row.fields(), columns, "time"));
            String moodName = cell(row.fields(), columns, "mood").strip();
            if (moodName.isEmpty()) {
                throw fields.refused("import.refused.field.missing", "mood");
            }
            String key = DaylioMoods.normalise(moodName);
            Integer mood = mapping.get(key);
            ParsedImport.MoodUse use = moodUses.get(key);
            moodUses.put(key, new ParsedImport.MoodUse(use == null ? moodName : use.name(), use == null ? 1 : use.rows() + 1, mood));
            List<String> activities = columns.containsKey("activities")
                    ? Arrays.stream(cell(row.fields(), columns, "activities").split("\\|")).map(String::strip)
                            .filter(name -> !name.isEmpty()).toList()
                    : List.of();
            for (String activity : activities) {
                String tag = TagNames.tag(activity);
                if (!tag.equals(activity) && !renamed.containsKey(activity)) {
                    renamed.put(activity, tag);
                    notes.add(new ParsedImport.ImportNote(where, tag.isEmpty() ? "import.note.activityDropped"
                            : "import.note.activityRenamed", List.of(activity, tag)));
                }
            }
            String note = note(cell(row.fields(), columns, "note_title"), cell(row.fields(), columns, "note"));
            fields.text("note", note);
            if (mood == null) {
                continue;
            }
            CheckInContent content = new CheckInContent(day, time, mood, null, null, null, List.of(), List.of(), List.of(),
                    note, TagNames.tags(activities));
            read.add(new Read(ArchivedEntry.checkIn(content, now, now), where, -r));
        }
        // Daylio lists the newest first; the journal keeps the oldest first, and a day's entries in the order written
        List<Read> ordered = read.stream()
                .sorted(Comparator.comparing((Read one) -> one.entry().date()).thenComparing(one -> one.entry().time())
                        .thenComparingInt(Read::order))
                .toList();
        return new ParsedImport(JournalArchive.ofEntries(ordered.stream().map(Read::entry).toList()),
                ordered.stream().map(Read::where).toList(), List.copyOf(moodUses.values()), notes);
    }

    private static String cell(List<String> fields, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : fields.get(index);
    }

    private static LocalDate day(FieldReader fields, List<String> row, Map<String, Integer> columns) {
        if (columns.containsKey("full_date")) {
            return fields.day("full_date", cell(row, columns, "full_date").strip());
        }
        String year = cell(row, columns, "year").strip();
        String date = cell(row, columns, "date").strip();
        for (DateTimeFormatter format : DAYS_WITHOUT_YEAR) {
            try {
                return LocalDate.parse(date + " " + year, format);
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        throw fields.refused("import.refused.field.date", "date", date + " " + year);
    }

    private static LocalTime time(FieldReader fields, String text) {
        String time = text.strip().replace(".", "").replaceAll("\\s+", " ");
        for (DateTimeFormatter format : TIMES) {
            try {
                return LocalTime.parse(time, format);
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        throw fields.refused("import.refused.field.time", "time", text);
    }

    /** The title and the note, one after the other; Daylio writes line breaks inside notes as {@code <br>}. */
    static String note(String title, String note) {
        String heading = LINE_BREAK.matcher(title).replaceAll("\n").replace("&nbsp;", " ").strip();
        String body = LINE_BREAK.matcher(note).replaceAll("\n").replace("&nbsp;", " ").strip();
        if (heading.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? heading : heading + "\n" + body;
    }
}
