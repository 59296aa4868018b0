package app.groundwork.service;

import java.util.List;
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
 * @param autoLockMinutes for a journal with a passphrase, the minutes without a key or click after which the window
 *                    locks it; 0 never locks
 */
public record AppSettings(Theme theme, int textSize, boolean welcomeRead, String region, boolean reducedMotion,
                          int autoLockMinutes) {
    public static final int SMALLEST_TEXT = 11;
    public static final int LARGEST_TEXT = 20;
    /** The idle times a person can choose from, in minutes; 0 is never. */
    public static final List<Integer> AUTO_LOCK_CHOICES = List.of(0, 5, 10, 15, 30, 60);
    public static final AppSettings DEFAULTS = new AppSettings(Theme.LIGHT, 14, false, "", false, 10);

    public enum Theme { LIGHT, DARK }

    public AppSettings {
        textSize = Math.max(SMALLEST_TEXT, Math.min(LARGEST_TEXT, textSize));
        region = region == null ? "" : region;
        autoLockMinutes = Math.max(0, Math.min(24 * 60, autoLockMinutes));
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(newTheme, textSize, welcomeRead, region, reducedMotion, autoLockMinutes);
    }

    public AppSettings withTextSize(int newSize) {
        return new AppSettings(theme, newSize, welcomeRead, region, reducedMotion, autoLockMinutes);
    }

    public AppSettings withWelcomeRead() {
        return new AppSettings(theme, textSize, true, region, reducedMotion, autoLockMinutes);
    }

    public AppSettings withRegion(String regionId) {
        return new AppSettings(theme, textSize, welcomeRead, regionId, reducedMotion, autoLockMinutes);
    }

    /** Whether moving guides (the breathing circle) keep still and say their rhythm in words. */
    public AppSettings withReducedMotion(boolean reduced) {
        return new AppSettings(theme, textSize, welcomeRead, region, reduced, autoLockMinutes);
    }

    /** How long the window may sit idle before it locks a journal with a passphrase; 0 for never. */
    public AppSettings withAutoLockMinutes(int minutes) {
        return new AppSettings(theme, textSize, welcomeRead, region, reducedMotion, minutes);
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
        int autoLock;
        try {
            autoLock = Integer.parseInt(String.valueOf(values.apply("autoLockMinutes")).trim());
        } catch (NumberFormatException e) {
            autoLock = DEFAULTS.autoLockMinutes();
        }
        return new AppSettings(theme, size, "true".equals(values.apply("welcomeRead")), values.apply("region"),
                "true".equals(values.apply("reducedMotion")), autoLock);
    }

    void forEach(BiConsumer<String, String> sink) {
        sink.accept("theme", theme == Theme.DARK ? "dark" : "light");
        sink.accept("textSize", String.valueOf(textSize));
        sink.accept("welcomeRead", String.valueOf(welcomeRead));
        sink.accept("region", region);
        sink.accept("reducedMotion", String.valueOf(reducedMotion));
        sink.accept("autoLockMinutes", String.valueOf(autoLockMinutes));
    }
}
