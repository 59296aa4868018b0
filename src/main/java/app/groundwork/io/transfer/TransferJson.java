package app.groundwork.io.transfer;

import app.groundwork.domain.transfer.ImportPreview;
import app.groundwork.domain.transfer.ImportResult;
import app.groundwork.domain.transfer.ParsedImport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The {@code import --json} line: {@code {"file","format","dryRun","restore","imported":{kind:n…},"skipped":{…}}},
 * with {@code firstDay}, {@code lastDay} and Daylio's {@code moods} on a dry run. Counts are keyed as in
 * {@link app.groundwork.domain.transfer.TransferCounts#KINDS}.
 */
public final class TransferJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @JsonPropertyOrder({"file", "format", "dryRun", "restore", "imported", "skipped", "firstDay", "lastDay", "moods"})
    record ReportDto(String file, String format, boolean dryRun, boolean restore, Map<String, Integer> imported,
                     Map<String, Integer> skipped, String firstDay, String lastDay, List<MoodDto> moods) {
    }

    @JsonPropertyOrder({"name", "rows", "value"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MoodDto(String name, int rows, Integer value) {
    }

    private TransferJson() {
    }

    /** What a dry run would bring in. */
    public static String preview(ImportPreview preview) {
        return json(new ReportDto(preview.file().toString(), preview.format().id(), true, preview.restore(),
                preview.toAdd().byKind(), preview.skipped().byKind(),
                preview.firstDay() == null ? null : preview.firstDay().toString(),
                preview.lastDay() == null ? null : preview.lastDay().toString(),
                preview.moods().isEmpty() ? null : preview.moods().stream().map(TransferJson::mood).toList()));
    }

    /** What an import brought in. */
    public static String result(String file, ImportResult result) {
        return json(new ReportDto(file, result.format().id(), false, result.restore(), result.imported().byKind(),
                result.skipped().byKind(), null, null, null));
    }

    private static MoodDto mood(ParsedImport.MoodUse use) {
        return new MoodDto(use.name(), use.rows(), use.value());
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
