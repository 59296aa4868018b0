package app.groundwork.service;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * @param theme        {@code light} or {@code dark}
 * @param textSize     the base font size in points, 11–20
 * @param welcomeRead  true once the first-run welcome was closed
 */
public record AppSettings(Theme theme, int textSize, boolean welcomeRead) {
    public static final int SMALLEST_TEXT = 11;
    public static final int LARGEST_TEXT = 20;
    public static final AppSettings DEFAULTS = new AppSettings(Theme.LIGHT, 14, false);

    public enum Theme { LIGHT, DARK }

    public AppSettings {
        textSize = Math.max(SMALLEST_TEXT, Math.min(LARGEST_TEXT, textSize));
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(newTheme, textSize, welcomeRead);
    }

    public AppSettings withTextSize(int newSize) {
        return new AppSettings(theme, newSize, welcomeRead);
    }

    public AppSettings withWelcomeRead() {
        return new AppSettings(theme, textSize, true);
    }

    static AppSettings from(Function<String, String> values) {
        Theme theme = "dark".equals(values.apply("theme")) ? Theme.DARK : Theme.LIGHT;
        int size;
        try {
            size = Integer.parseInt(String.valueOf(values.apply("textSize")));
        } catch (NumberFormatException e) {
            size = DEFAULTS.textSize();
        }
        return new AppSettings(theme, size, "true".equals(values.apply("welcomeRead")));
    }

    void forEach(BiConsumer<String, String> sink) {
        sink.accept("theme", theme == Theme.DARK ? "dark" : "light");
        sink.accept("textSize", String.valueOf(textSize));
        sink.accept("welcomeRead", String.valueOf(welcomeRead));
    }
}
