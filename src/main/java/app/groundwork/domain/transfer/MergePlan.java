package app.groundwork.domain.transfer;

import app.groundwork.domain.SupportContact;
import java.util.List;
import java.util.Map;

/**
 * What bringing an archive into a journal would add, and what it leaves out because the journal already has it.
 *
 * @param newGoals        goals to add, still under their archive keys
 * @param existingGoalFor archive key → the journal's id, for goals the journal already has
 * @param intoEmpty       true when the journal held nothing, so this is a restore
 */
public record MergePlan(List<ArchivedGoal> newGoals, Map<Long, Long> existingGoalFor, List<ArchivedEntry> newEntries,
                        List<ArchivedWin> newWins, List<SupportContact> newContacts, List<ArchivedHelpline> newHelplines,
                        Map<String, String> newPreferences, TransferCounts imported, TransferCounts skipped,
                        boolean intoEmpty) {
    public MergePlan {
        newGoals = List.copyOf(newGoals);
        existingGoalFor = Map.copyOf(existingGoalFor);
        newEntries = List.copyOf(newEntries);
        newWins = List.copyOf(newWins);
        newContacts = List.copyOf(newContacts);
        newHelplines = List.copyOf(newHelplines);
        newPreferences = Map.copyOf(newPreferences);
    }
}
