package app.groundwork.io;

import app.groundwork.domain.DatedText;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReportSection;
import app.groundwork.domain.Win;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one progress report is made from: a range's aggregated figures, the wins and notes of that range, the sections
 * the person chose and the day it is made. Wins and notes dated outside {@code data.range()} are left out when
 * written, so a caller may pass a wider list.
 *
 * @param wins     the wins ledger for the range, in any order (the report lists them newest first)
 * @param notes    the person's own words for the range, in any order; written only when {@code sections} holds
 *                 {@link ReportSection#NOTES}
 * @param sections the parts to include; {@link ReportSection#DEFAULTS} when the person made no choice
 * @param madeOn   the day the report is made, printed under the title
 */
public record ProgressReport(ProgressData data, List<Win> wins, List<DatedText> notes, Set<ReportSection> sections,
                             LocalDate madeOn) {
    public ProgressReport {
        Objects.requireNonNull(data, "data");
        wins = List.copyOf(wins);
        notes = List.copyOf(notes);
        sections = Set.copyOf(sections);
        Objects.requireNonNull(madeOn, "madeOn");
    }

    /** A report of the default sections (no notes). */
    public static ProgressReport of(ProgressData data, List<Win> wins, LocalDate madeOn) {
        return new ProgressReport(data, wins, List.of(), ReportSection.DEFAULTS, madeOn);
    }

    public boolean includes(ReportSection section) {
        return sections.contains(section);
    }
}
