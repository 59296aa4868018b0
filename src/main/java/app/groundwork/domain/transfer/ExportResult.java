package app.groundwork.domain.transfer;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the files, and how many entries they hold. */
public record ExportResult(ExportFormat format, List<Path> files, int entries) {
    public ExportResult {
        files = List.copyOf(files);
    }
}
