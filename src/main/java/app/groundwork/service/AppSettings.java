package app.groundwork.service;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The person's preferences, none of which hold anything they wrote.
 *
 * @param theme               {@code light} or {@code dark}
 * @param textSize            the base font size in points, 11–20
 * @param welcomeRead         true once the first-run welcome was closed
 * @param region      the helpline region id chosen in Settings, or empty until one is chosen; kept here so the
 *                    support panel knows it even when the journal cannot be opened
 */
public record AppSettings(Theme theme, int textSize, boolean welcomeRead, String region, boolean reducedMotion) {
    public static final int SMALLEST_TEXT = 11;
    public static final int LARGEST_TEXT = 20;
    public static final AppSettings DEFAULTS = new AppSettings(Theme.LIGHT, 14, false, "", false);

    public enum Theme { LIGHT, DARK }

    public AppSettings {
        textSize = Math.max(SMALLEST_TEXT, Math.min(LARGEST_TEXT, textSize));
        region = region == null ? "" : region;
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(newTheme, textSize, welcomeRead, region, reducedMotion);
    }

    public AppSettings withTextSize(int newSize) {
        return new AppSettings(theme, newSize, welcomeRead, region, reducedMotion);
    }

    public AppSettings withWelcomeRead() {
        return new AppSettings(theme, textSize, true, region, reducedMotion);
    }

    public AppSettings withRegion(String regionId) {
        return new AppSettings(theme, textSize, welcomeRead, regionId, reducedMotion);
    }

    /** Whether moving guides (the breathing circle) keep still and say their rhythm in words. */
    public AppSettings withReducedMotion(boolean reduced) {
        return new AppSettings(theme, textSize, welcomeRead, region, reduced);
    }

    /** The chosen region, or a guess from the system's country until the person chooses. */
    public String regionOrGuess(Locale locale) {
        if (!region.isEmpty()) {
            return region;
        }
        switch (locale.getCountry()) {
            case "US": return "us";
            case "CA": return "ca";
            case "GB": case "IE": return "uk-ie";
            case "AU": return "au";
            case "IN": return "in";
            default: return "international";
        }
    }

    static AppSettings from(Function<String, String> values) {
        Theme theme = "dark".equals(values.apply("theme")) ? Theme.DARK : Theme.LIGHT;
        int size;
        try {
            size = Integer.parseInt(String.valueOf(values.apply("textSize")).trim());
        } catch (NumberFormatException e) {
            size = DEFAULTS.textSize();
        }
        return new AppSettings(theme, size, "true".equals(values.apply("welcomeRead")), values.apply("region"),
                "true".equals(values.apply("reducedMotion")));
    }

    void forEach(BiConsumer<String, String> sink) {
        sink.accept("theme", theme == Theme.DARK ? "dark" : "light");
        sink.accept("textSize", String.valueOf(textSize));
        sink.accept("welcomeRead", String.valueOf(welcomeRead));
        sink.accept("region", region);
        sink.accept("reducedMotion", String.valueOf(reducedMotion));
    }
}
