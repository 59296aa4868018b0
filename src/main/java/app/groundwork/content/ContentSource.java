package app.groundwork.content;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/** Where content files come from: the bundled resources in the app, or anything else a test wants to feed in. */
@FunctionalInterface
public interface ContentSource {
    /**
     * Opens one content file by name, for example {@code cards.json}.
     *
     * @throws FileNotFoundException when there is no such file
     */
    InputStream open(String fileName) throws IOException;

    /** The files under {@code /content/} on the class path, as shipped with the app. */
    static ContentSource bundled() {
        return fileName -> {
            InputStream stream = ContentSource.class.getResourceAsStream("/content/" + fileName);
            if (stream == null) {
                throw new FileNotFoundException("/content/" + fileName);
            }
            return stream;
        };
    }
}
