package app.groundwork.domain.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files Groundwork can bring in. */
public enum ImportFormat {
    /** Groundwork's own JSON export: restore or merge. */
    GROUNDWORK("groundwork"),
    /** Daylio's CSV export: each row a check-in. */
    DAYLIO("daylio"),
    /** jrnl's JSON export: each entry a note. */
    JRNL("jrnl");

    private final String id;

    ImportFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ImportFormat> fromId(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }
}
