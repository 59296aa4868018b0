package app.groundwork.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the fields of one entry and words every problem with the file and entry it belongs to. */
final class EntryFields {
    /** Ids end up in the journal and in export files, so they stay plain: {@code tight-chest}, {@code mood-low-2}. */
    static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final String entry;

    EntryFields(String file, String entry) {
        this.file = file;
        this.entry = entry;
    }

    void requireId(String id) {
        requireText("id", id);
        if (!ID_PATTERN.matcher(id).matches()) {
            throw problem("id", "\"" + id + "\" is not a usable id; use lowercase letters, digits and single hyphens");
        }
    }

    void requireText(String field, String value) {
        if (value == null) {
            throw problem(field, "is missing");
        }
        if (value.isBlank()) {
            throw problem(field, "is empty");
        }
    }

    void requireOneOf(String field, String value, Set<String> allowed) {
        requireText(field, value);
        if (!allowed.contains(value)) {
            throw problem(field, "\"" + value + "\" is not allowed; use one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    /** An optional reference: fine when absent, otherwise it must name an entry that exists. */
    void requireKnownIfSet(String field, String value, Set<String> known, String kind) {
        if (value == null) {
            return;
        }
        requireText(field, value);
        if (!known.contains(value)) {
            throw problem(field, "there is no " + kind + " with the id \"" + value + "\"");
        }
    }

    /** A required reference: present, and naming an entry that exists. */
    void requireKnown(String field, String value, Set<String> known, String kind) {
        requireText(field, value);
        requireKnownIfSet(field, value, known, kind);
    }

    /** A calendar date written as {@code YYYY-MM-DD}; returns it. */
    LocalDate requireIsoDate(String field, String value) {
        requireText(field, value);
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw problem(field, "\"" + value + "\" is not a date; write it as YYYY-MM-DD, for example 2026-11-22");
        }
    }

    /** A web address kept as plain text for the person to read: {@code https://}, no spaces. The app never opens it. */
    void requireWebAddress(String field, String value) {
        requireText(field, value);
        if (!value.startsWith("https://") || value.length() <= "https://".length() || value.chars().anyMatch(Character::isWhitespace)) {
            throw problem(field, "\"" + value + "\" is not a web address; write the whole address, starting with https://");
        }
    }

    /** An optional number: fine when absent, otherwise within {@code min..max}. */
    void requireRangeIfSet(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw problem(field, value + " is outside " + min + "–" + max);
        }
    }

    ContentException problem(String field, String problem) {
        return new ContentException(file, entry, field, problem);
    }
}
