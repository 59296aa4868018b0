package app.groundwork;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the journal lives: {@code --data-dir} if given, else {@code GROUNDWORK_HOME}, else
 * {@code $XDG_DATA_HOME/groundwork}, else {@code ~/.local/share/groundwork}.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve(Path fromFlag, Map<String, String> environment, String userHome) {
        if (fromFlag != null) {
            return fromFlag.toAbsolutePath();
        }
        String home = environment.get("GROUNDWORK_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String xdg = environment.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "groundwork");
        }
        return Path.of(userHome, ".local", "share", "groundwork");
    }
}
