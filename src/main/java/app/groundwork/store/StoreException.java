package app.groundwork.store;

import java.nio.file.Path;

/** Something went wrong reading or writing the journal file. The message is for logs; callers word it for people. */
public class StoreException extends RuntimeException {
    private final Path file;

    public StoreException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
