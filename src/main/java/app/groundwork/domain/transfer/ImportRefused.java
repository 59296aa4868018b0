package app.groundwork.domain.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A file that cannot be brought in, and why: which file, where in it (a line, an entry, or nothing when it is the
 * whole file), and the reason as a message key with its values. Nothing has been written when it is thrown.
 *
 * @param where a message key and values naming the place ({@code import.where.line} with the line number, say), or
 *              {@code null} for the whole file
 */
public final class ImportRefused extends RuntimeException {
    private final transient Path file;
    private final Place where;
    private final String reasonKey;
    private final List<Object> reasonArgs;

    /** A place in a file, as a message key and its values. */
    public record Place(String key, List<Object> args) {
        public Place {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }

        public static Place line(long line) {
            return new Place("import.where.line", List.of(line));
        }

        public static Place entry(long number) {
            return new Place("import.where.entry", List.of(number));
        }

        public static Place of(String key, Object... args) {
            return new Place(key, List.of(args));
        }
    }

    public ImportRefused(Path file, Place where, String reasonKey, Object... reasonArgs) {
        super(file + (where == null ? "" : " " + where.key() + where.args()) + ": " + reasonKey + List.of(reasonArgs));
        this.file = file;
        this.where = where;
        this.reasonKey = Objects.requireNonNull(reasonKey, "reasonKey");
        this.reasonArgs = List.of(reasonArgs);
    }

    public Path file() {
        return file;
    }

    /** Where in the file; {@code null} when the reason is about the whole file. */
    public Place where() {
        return where;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public List<Object> reasonArgs() {
        return reasonArgs;
    }
}
