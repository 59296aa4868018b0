package app.groundwork.io.transfer;

import app.groundwork.domain.FieldProblem;
import app.groundwork.domain.TextRules;
import app.groundwork.domain.transfer.ImportRefused;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads the fields of one record of a file to import, refusing with the file, the place and the field's name. */
final class FieldReader {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern HOURS_MINUTES = Pattern.compile("\\d{2}:\\d{2}");

    private final Path file;
    private final ImportRefused.Place where;

    FieldReader(Path file, ImportRefused.Place where) {
        this.file = file;
        this.where = where;
    }

    ImportRefused refused(String key, Object... args) {
        return new ImportRefused(file, where, key, args);
    }

    <T> T required(String field, T value) {
        if (value == null) {
            throw refused("import.refused.field.missing", field);
        }
        return value;
    }

    LocalDate day(String field, String value) {
        required(field, value);
        if (!DAY.matcher(value).matches()) {
            throw refused("import.refused.field.date", field, value);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw refused("import.refused.field.date", field, value);
        }
    }

    LocalDate optionalDay(String field, String value) {
        return value == null ? null : day(field, value);
    }

    LocalTime time(String field, String value) {
        required(field, value);
        if (!HOURS_MINUTES.matcher(value).matches()) {
            throw refused("import.refused.field.time", field, value);
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw refused("import.refused.field.time", field, value);
        }
    }

    Instant moment(String field, String value) {
        required(field, value);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw refused("import.refused.field.moment", field, value);
        }
    }

    Instant optionalMoment(String field, String value) {
        return value == null ? null : moment(field, value);
    }

    int number(String field, Integer value, int least, int most) {
        required(field, value);
        return inRange(field, value, least, most);
    }

    Integer optionalNumber(String field, Integer value, int least, int most) {
        return value == null ? null : inRange(field, value, least, most);
    }

    private int inRange(String field, int value, int least, int most) {
        if (value < least || value > most) {
            throw refused("import.refused.field.range", field, value, least, most);
        }
        return value;
    }

    /** A free text: {@code ""} when absent, at most {@link TextRules#MAX_NOTE_LENGTH} characters, storable exactly. */
    String text(String field, String value) {
        String text = value == null ? "" : value;
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.checkText(field, text, problems);
        if (!problems.isEmpty()) {
            throw refused("import.refused.field.text", field);
        }
        return text;
    }

    String optionalText(String field, String value) {
        return value == null ? null : text(field, value);
    }

    /** A short label such as a tag or an own emotion word. */
    String label(String field, String value) {
        required(field, value);
        List<FieldProblem> problems = new ArrayList<>();
        TextRules.checkLabel(field, value, problems);
        if (!problems.isEmpty()) {
            throw refused("import.refused.field.label", field, value);
        }
        return value;
    }

    <T> T known(String field, String value, Function<String, Optional<T>> lookUp) {
        required(field, value);
        return lookUp.apply(value).orElseThrow(() -> refused("import.refused.field.unknown", field, value));
    }

    boolean flag(String field, Boolean value) {
        return value != null && value;
    }

    <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
