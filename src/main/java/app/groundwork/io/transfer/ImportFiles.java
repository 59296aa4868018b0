package app.groundwork.io.transfer;

import app.groundwork.domain.transfer.ImportRefused;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every file to import goes through before it is read as its format: there, small enough, text. */
public final class ImportFiles {
    /** Far above any real journal's export (ten years of Groundwork is about 15 MB), far below trouble. */
    public static final long MOST_BYTES = 50L * 1024 * 1024;

    private ImportFiles() {
    }

    /** The file's text, without a leading byte-order mark. */
    public static String text(Path file) {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportRefused(file, null, "import.refused.missing");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new ImportRefused(file, null, "import.refused.unreadable", e.getMessage());
        }
        if (size > MOST_BYTES) {
            throw new ImportRefused(file, null, "import.refused.tooBig", size / (1024 * 1024), MOST_BYTES / (1024 * 1024));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportRefused(file, null, "import.refused.unreadable", e.getMessage());
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportRefused(file, null, "import.refused.binary");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefused(file, null, "import.refused.binary");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ImportRefused(file, null, "import.refused.empty");
        }
        return text;
    }
}
