package app.groundwork.io.transfer;

import app.groundwork.domain.transfer.ArchivedEntry;
import app.groundwork.domain.transfer.ImportRefused;
import app.groundwork.domain.transfer.JournalArchive;
import app.groundwork.domain.transfer.ParsedImport;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * jrnl's JSON export ({@code {"tags":{…}, "entries":[{"title","body","date","time","tags","starred"}]}}): each entry a
 * plain note, its title and body joined by a line break; tags kept without their {@code @}; a starred entry gets the
 * tag {@code starred}.
 */
public final class JrnlJson {
    public static final String STARRED = "starred";

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(GroundworkJson.MOST_NESTING).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JrnlJson() {
    }

    /** @param now when the notes are saved */
    public static ParsedImport read(Path file, Instant now) {
        String text = ImportFiles.text(file);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            ImportRefused.Place where = e.getLocation() == null ? null : ImportRefused.Place.line(e.getLocation().getLineNr());
            if (GroundworkJson.endedEarly(e, text)) {
                throw new ImportRefused(file, where, "import.refused.truncated");
            }
            if (e instanceof StreamConstraintsException) {
                throw new ImportRefused(file, where, "import.refused.tooDeep", GroundworkJson.MOST_NESTING);
            }
            throw new ImportRefused(file, where, "import.refused.notJson");
        }
        if (root == null || !root.isObject() || !root.path("entries").isArray() || root.has("format")) {
            throw new ImportRefused(file, null, "import.refused.notJrnl");
        }
        List<ArchivedEntry> entries = new ArrayList<>();
        List<ImportRefused.Place> sources = new ArrayList<>();
        int number = 0;
        for (JsonNode entry : root.get("entries")) {
            number++;
            ImportRefused.Place where = ImportRefused.Place.entry(number);
            FieldReader fields = new FieldReader(file, where);
            if (!entry.isObject()) {
                throw fields.refused("import.refused.notJrnl");
            }
            LocalDate date = fields.day("date", string(fields, entry, "date", true));
            LocalTime time = time(fields, string(fields, entry, "time", true));
            String title = string(fields, entry, "title", true);
            String body = string(fields, entry, "body", false);
            String note = fields.text("body", join(title == null ? "" : title, body == null ? "" : body));
            List<String> names = new ArrayList<>();
            JsonNode tags = entry.path("tags");
            if (!tags.isMissingNode() && !tags.isNull()) {
                if (!tags.isArray()) {
                    throw fields.refused("import.refused.field.kind", "tags");
                }
                for (JsonNode tag : tags) {
                    if (!tag.isTextual()) {
                        throw fields.refused("import.refused.field.kind", "tags");
                    }
                    names.add(tag.asText());
                }
            }
            JsonNode starred = entry.path("starred");
            if (!starred.isMissingNode() && !starred.isNull() && !starred.isBoolean()) {
                throw fields.refused("import.refused.field.kind", "starred");
            }
            if (starred.asBoolean(false)) {
                names.add(STARRED);
            }
            entries.add(ArchivedEntry.note(date, time, note, TagNames.tags(names), now, now));
            sources.add(where);
        }
        return ParsedImport.of(JournalArchive.ofEntries(entries), sources);
    }

    private static String string(FieldReader fields, JsonNode entry, String name, boolean required) {
        JsonNode value = entry.path(name);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw fields.refused("import.refused.field.missing", name);
            }
            return null;
        }
        if (!value.isTextual()) {
            throw fields.refused("import.refused.field.kind", name);
        }
        return value.asText();
    }

    /** jrnl writes {@code HH:MM}; seconds, when present, are dropped as every entry is kept to the minute. */
    private static LocalTime time(FieldReader fields, String text) {
        String minutes = text.strip();
        if (minutes.matches("\\d{2}:\\d{2}:\\d{2}")) {
            fields.time("time", minutes.substring(0, 5));
            if (Integer.parseInt(minutes.substring(6)) > 59) {
                throw fields.refused("import.refused.field.time", "time", text);
            }
            minutes = minutes.substring(0, 5);
        }
        return fields.time("time", minutes);
    }

    static String join(String title, String body) {
        String heading = title.strip();
        String rest = body.strip();
        if (heading.isEmpty()) {
            return rest;
        }
        return rest.isEmpty() ? heading : heading + "\n" + rest;
    }
}
