package app.groundwork.content;

import java.util.Optional;

/**
 * Bundled content could not be used. The message names the file, the entry and the field, so whoever edits the
 * JSON can go straight to the line that needs fixing.
 */
public final class ContentException extends RuntimeException {
    private final String file;
    private final String entry;
    private final String field;
    private final String problem;

    ContentException(String file, String entry, String field, String problem, Throwable cause) {
        super(describe(file, entry, field, problem), cause);
        this.file = file;
        this.entry = entry;
        this.field = field;
        this.problem = problem;
    }

    ContentException(String file, String entry, String field, String problem) {
        this(file, entry, field, problem, null);
    }

    static ContentException inFile(String file, String problem, Throwable cause) {
        return new ContentException(file, null, null, problem, cause);
    }

    /** The content file, for example {@code cards.json}. */
    public String file() {
        return file;
    }

    /** The entry's id, or {@code #n} (its position in the list, from 0) when it has no usable id; empty for whole-file problems. */
    public Optional<String> entry() {
        return Optional.ofNullable(entry);
    }

    /** The field, with a dot for nested fields such as {@code when.emotion}; empty when no single field is at fault. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String problem() {
        return problem;
    }

    private static String describe(String file, String entry, String field, String problem) {
        StringBuilder where = new StringBuilder(file);
        if (entry != null) {
            where.append(", entry ").append(entry.startsWith("#") ? entry : '"' + entry + '"');
        }
        if (field != null) {
            where.append(", field \"").append(field).append('"');
        }
        return where.append(": ").append(problem).toString();
    }
}
