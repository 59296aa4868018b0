package app.groundwork.domain.transfer;

import app.groundwork.domain.SupportContact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what of an incoming archive a journal does not have yet. Nothing already stored is ever changed: entries,
 * goals, wins and contacts the journal has (see {@link EntryIdentity}) are skipped; a goal outcome is also skipped when
 * the journal already has an outcome for that goal on that day; a helpline change is skipped when the journal has a
 * change under the same id; a preference is skipped when the journal has a value for it. Duplicates within the
 * incoming archive itself are kept, so a journal restored from its own export is the same journal.
 */
public final class ArchiveMerge {
    private ArchiveMerge() {
    }

    public static MergePlan plan(JournalArchive existing, JournalArchive incoming) {
        Map<String, Integer> imported = new HashMap<>();
        Map<String, Integer> skipped = new HashMap<>();

        Map<Long, String> incomingGoalIdentity = new HashMap<>();
        for (ArchivedGoal goal : incoming.goals()) {
            incomingGoalIdentity.put(goal.key(), EntryIdentity.of(goal));
        }
        Map<Long, String> existingGoalIdentity = new HashMap<>();
        Map<String, Long> existingGoalByIdentity = new HashMap<>();
        for (ArchivedGoal goal : existing.goals()) {
            String identity = EntryIdentity.of(goal);
            existingGoalIdentity.put(goal.key(), identity);
            existingGoalByIdentity.putIfAbsent(identity, goal.key());
        }
        List<ArchivedGoal> newGoals = new ArrayList<>();
        Map<Long, Long> existingGoalFor = new LinkedHashMap<>();
        for (ArchivedGoal goal : incoming.goals()) {
            Long match = existingGoalByIdentity.get(incomingGoalIdentity.get(goal.key()));
            if (match == null) {
                newGoals.add(goal);
                count(imported, "step");
            } else {
                existingGoalFor.put(goal.key(), match);
                count(skipped, "step");
            }
        }

        Set<String> existingEntries = new HashSet<>();
        Set<String> takenGoalDays = new HashSet<>();
        for (ArchivedEntry entry : existing.entries()) {
            existingEntries.add(EntryIdentity.of(entry, key -> existingGoalIdentity.getOrDefault(key, "")));
            if (entry.outcome() != null) {
                takenGoalDays.add("journal:" + entry.outcome().goal() + ":" + entry.outcome().onDate());
            }
        }
        List<ArchivedEntry> newEntries = new ArrayList<>();
        for (ArchivedEntry entry : incoming.entries()) {
            String kind = entry.type().id();
            boolean known = existingEntries.contains(EntryIdentity.of(entry, key -> incomingGoalIdentity.getOrDefault(key, "")));
            if (!known && entry.outcome() != null) {
                Long journalGoal = existingGoalFor.get(entry.outcome().goal());
                // an outcome of a goal the journal already has must not land on a day that goal already has one
                known = journalGoal != null && takenGoalDays.contains("journal:" + journalGoal + ":" + entry.outcome().onDate());
            }
            if (known) {
                count(skipped, kind);
            } else {
                newEntries.add(entry);
                count(imported, kind);
                if (entry.outcome() != null && existingGoalFor.containsKey(entry.outcome().goal())) {
                    takenGoalDays.add("journal:" + existingGoalFor.get(entry.outcome().goal()) + ":" + entry.outcome().onDate());
                }
            }
        }

        Set<String> existingWins = new HashSet<>();
        existing.wins().forEach(win -> existingWins.add(EntryIdentity.of(win)));
        List<ArchivedWin> newWins = new ArrayList<>();
        for (ArchivedWin win : incoming.wins()) {
            if (existingWins.contains(EntryIdentity.of(win))) {
                count(skipped, "win");
            } else {
                newWins.add(win);
                count(imported, "win");
            }
        }

        Set<String> existingContacts = new HashSet<>();
        existing.contacts().forEach(contact -> existingContacts.add(EntryIdentity.of(contact)));
        List<SupportContact> newContacts = new ArrayList<>();
        for (SupportContact contact : incoming.contacts()) {
            if (existingContacts.contains(EntryIdentity.of(contact))) {
                count(skipped, "contact");
            } else {
                newContacts.add(contact);
                count(imported, "contact");
            }
        }

        Set<String> existingHelplines = new HashSet<>();
        existing.helplines().forEach(line -> existingHelplines.add(line.id()));
        List<ArchivedHelpline> newHelplines = new ArrayList<>();
        for (ArchivedHelpline line : incoming.helplines()) {
            if (existingHelplines.contains(line.id())) {
                count(skipped, "helpline");
            } else {
                newHelplines.add(line);
                count(imported, "helpline");
            }
        }

        Map<String, String> newPreferences = new LinkedHashMap<>();
        incoming.preferences().forEach((name, value) -> {
            if (existing.preferences().containsKey(name)) {
                count(skipped, "preference");
            } else {
                newPreferences.put(name, value);
                count(imported, "preference");
            }
        });
        return new MergePlan(newGoals, existingGoalFor, newEntries, newWins, newContacts, newHelplines, newPreferences,
                new TransferCounts(imported), new TransferCounts(skipped), existing.nothingWritten());
    }

    private static void count(Map<String, Integer> counts, String kind) {
        counts.merge(kind, 1, Integer::sum);
    }
}
