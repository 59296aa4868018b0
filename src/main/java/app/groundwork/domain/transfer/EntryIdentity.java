package app.groundwork.domain.transfer;

import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.SupportContact;
import java.util.function.LongFunction;

/**
 * When two entries are the same entry, for a merge: the same kind, day and time and every field of what they say
 * (their note, tags and their kind's part, compared whole). When they were saved is left out, so an entry exported
 * from one journal and brought into another that already has it is recognised. A goal outcome is compared through
 * its goal's identity rather than a key, since keys differ from file to file.
 */
public final class EntryIdentity {
    private static final char SEPARATOR = '\u001f';

    private EntryIdentity() {
    }

    /** A goal: its plan and the day it was set (not whether it has ended since). */
    public static String of(ArchivedGoal goal) {
        GoalPlan plan = goal.plan();
        return join(plan.title(), plan.category().id(), plan.size(), plan.recurrence().mask(), plan.due(), plan.note(),
                plan.prediction() == null ? null : plan.prediction().fear(),
                plan.prediction() == null ? null : plan.prediction().discomfort(), plan.ideaId(), goal.createdOn());
    }

    /** An entry; {@code goalIdentity} gives the identity of the goal an outcome names by its key. */
    public static String of(ArchivedEntry entry, LongFunction<String> goalIdentity) {
        Object part;
        if (entry.checkIn() != null) {
            part = entry.checkIn();
        } else if (entry.reframe() != null) {
            part = entry.reframe();
        } else if (entry.outcome() != null) {
            ArchivedOutcome outcome = entry.outcome();
            part = join(goalIdentity.apply(outcome.goal()), outcome.onDate(), outcome.outcome().id(), outcome.result());
        } else if (entry.assessment() != null) {
            part = entry.assessment();
        } else if (entry.practice() != null) {
            part = entry.practice();
        } else {
            part = "";
        }
        return join(entry.type().id(), entry.date(), entry.time(), entry.note(), String.join(",", entry.tags()), part);
    }

    public static String of(ArchivedWin win) {
        return join(win.date(), win.title(), win.note());
    }

    public static String of(SupportContact contact) {
        return join(contact.name(), contact.reach(), contact.note());
    }

    private static String join(Object... parts) {
        StringBuilder joined = new StringBuilder();
        for (Object part : parts) {
            joined.append(part).append(SEPARATOR);
        }
        return joined.toString();
    }
}
