package app.groundwork.domain.transfer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person's change to a helpline, as stored: an own line ({@code own}), a shipped line they edited, or one they
 * removed. The texts are {@code null} for a shipped line that was only removed.
 */
public record ArchivedHelpline(String id, String region, String name, String contact, String hours, String source,
                               LocalDate checked, boolean removed, boolean own) {
    public ArchivedHelpline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
    }
}
