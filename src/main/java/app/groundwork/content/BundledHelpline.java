package app.groundwork.content;

import app.groundwork.domain.Helpline;
import java.time.LocalDate;

/**
 * A helpline as shipped in {@code helplines.json}. The source is plain text for the person to read; the app has no
 * network code and never opens it.
 *
 * @param checked the day the details were last compared with the source, as {@code YYYY-MM-DD}
 */
public record BundledHelpline(String id, String region, String name, String contact, String hours, String source,
                              String checked) {
    /** The line as the rest of the app sees it, marked as shipped with the app. */
    public Helpline toHelpline() {
        return new Helpline(id, region, name, contact, hours, source, LocalDate.parse(checked), Helpline.Origin.BUNDLED);
    }
}
