package app.groundwork.domain.transfer;

import app.groundwork.domain.SupportContact;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything a journal holds that moves with it, drafts excepted: entries oldest first, the goals their outcomes name,
 * hand-written wins, support contacts in their order, the person's helpline changes, and the journal's preferences.
 */
public record JournalArchive(List<ArchivedGoal> goals, List<ArchivedEntry> entries, List<ArchivedWin> wins,
                             List<SupportContact> contacts, List<ArchivedHelpline> helplines,
                             Map<String, String> preferences) {
    public JournalArchive {
        goals = List.copyOf(goals);
        entries = List.copyOf(entries);
        wins = List.copyOf(wins);
        contacts = List.copyOf(contacts);
        helplines = List.copyOf(helplines);
        preferences = java.util.Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(preferences)));
    }

    /** Entries only, as another app's export gives them. */
    public static JournalArchive ofEntries(List<ArchivedEntry> entries) {
        return new JournalArchive(List.of(), entries, List.of(), List.of(), List.of(), Map.of());
    }

    /** True when the person has written nothing into it (preferences alone do not count). */
    public boolean nothingWritten() {
        return goals.isEmpty() && entries.isEmpty() && wins.isEmpty() && contacts.isEmpty() && helplines.isEmpty();
    }

    public boolean isEmpty() {
        return goals.isEmpty() && entries.isEmpty() && wins.isEmpty() && contacts.isEmpty() && helplines.isEmpty()
                && preferences.isEmpty();
    }

    /**
     * The entries and wins from {@code from} to {@code to} inclusive (either may be {@code null} for no limit), the goals
     * those entries name, and everything that is not dated.
     */
    public JournalArchive between(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return this;
        }
        List<ArchivedEntry> kept = entries.stream().filter(entry -> within(entry.date(), from, to)).toList();
        Set<Long> named = kept.stream().filter(entry -> entry.outcome() != null)
                .map(entry -> entry.outcome().goal()).collect(Collectors.toSet());
        return new JournalArchive(goals.stream().filter(goal -> named.contains(goal.key())).toList(), kept,
                wins.stream().filter(win -> within(win.date(), from, to)).toList(), contacts, helplines, preferences);
    }

    public Optional<ArchivedGoal> goal(long key) {
        return goals.stream().filter(goal -> goal.key() == key).findFirst();
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
