package app.groundwork.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The few settings the window needs before the journal opens (theme, text size, whether the welcome was read),
 * kept in {@code settings.properties} beside the journal. They hold nothing the person wrote.
 */
public final class SettingsFile {
    private final Path file;

    public SettingsFile(Path dataDir) {
        this.file = dataDir.resolve("settings.properties");
    }

    /** Reads the settings; a missing or unreadable file gives the defaults rather than stopping the app. */
    public AppSettings load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                return AppSettings.DEFAULTS;
            }
        }
        return AppSettings.from(properties::getProperty);
    }

    /** Writes the settings whole, through a temporary file, so a crash never leaves half a file. */
    public void save(AppSettings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling("settings.properties.partial");
        Properties properties = new Properties();
        settings.forEach(properties::setProperty);
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            properties.store(writer, "Groundwork settings");
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
