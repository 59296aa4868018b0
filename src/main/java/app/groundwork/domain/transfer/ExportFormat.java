package app.groundwork.domain.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The ways a journal can be written out. */
public enum ExportFormat {
    /** Everything, in Groundwork's own versioned JSON (docs/export-format.md): one file. */
    JSON("json"),
    /** One spreadsheet file per kind of entry, into a folder. */
    CSV("csv"),
    /** Readable text: one file, or one file per day into a folder. */
    MARKDOWN("markdown");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ExportFormat> fromId(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }
}
