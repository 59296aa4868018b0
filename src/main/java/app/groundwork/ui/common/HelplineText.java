package app.groundwork.ui.common;

import app.groundwork.Messages;
import app.groundwork.content.HelplineRegion;
import app.groundwork.domain.Helpline;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How a helpline's provenance and a region's list are worded, the same in Settings and in the support panel. */
public final class HelplineText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private HelplineText() {
    }

    /** "Source: https://… · checked 22 Nov 2026", or the part of it that is known; empty when neither is. */
    public static String sourceLine(Helpline line) {
        boolean hasSource = !line.source().isBlank();
        if (line.checked() == null) {
            return hasSource ? Messages.get("support.helplines.source", line.source()) : "";
        }
        String day = DAY.withLocale(Locale.getDefault()).format(line.checked());
        return hasSource ? Messages.get("support.helplines.sourceChecked", line.source(), day)
                : Messages.get("support.helplines.checked", day);
    }

    /** "Helplines: India", or the international wording for the international region or none. */
    public static String listTitle(HelplineRegion region) {
        return region == null || region.id().equals(HelplineRegion.INTERNATIONAL)
                ? Messages.get("support.helplines.titleInternational")
                : Messages.get("support.helplines.title", region.name());
    }
}
