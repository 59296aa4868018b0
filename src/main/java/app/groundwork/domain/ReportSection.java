package app.groundwork.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The parts a progress report can hold, in the order it shows them. The person chooses which; their own notes are in
 * it only when they ask for them.
 */
public enum ReportSection {
    /** The mood and self-trust chart (daily means and their 7-day means) with the period's figures. */
    MOOD("mood"),
    /** The week-by-week numbers: mood, self-trust, check-in days, thought records, steps and wins. */
    WEEKS("weeks"),
    /** The thinking traps most worked on, how often, and how much belief in the thoughts eased. */
    TRAPS("traps"),
    /** How many wins, and the wins themselves, newest first. */
    WINS("wins"),
    /** Each self-assessment's results in the period, meaningful changes marked. */
    ASSESSMENTS("assessments"),
    /** The person's own notes; never part of a report unless chosen. */
    NOTES("notes");

    /** Every section except {@link #NOTES}: what a report holds when nothing else is chosen. */
    public static final Set<ReportSection> DEFAULTS =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(NOTES)));

    private final String id;

    ReportSection(String id) {
        this.id = id;
    }

    /** A short lowercase name, for the command line and settings, for example {@code traps}. */
    public String id() {
        return id;
    }

    /** The section called {@code id}, if there is one. */
    public static Optional<ReportSection> fromId(String id) {
        for (ReportSection section : values()) {
            if (section.id.equals(id)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
