package app.groundwork.domain;

import java.util.Objects;

/**
 * A step the ladder offers: one size up after a run of done steps, or one size down after a hard week. It is an
 * offer, never a task, and it carries its reason so the screen can explain itself.
 *
 * @param size      the size offered, 1–5
 * @param reason    why it is offered
 * @param stepsDone for {@link Reason#CLIMB}, how many steps of {@code fromSize} were done in the window; for
 *                  {@link Reason#SKIPPED}, how many steps were skipped this week; otherwise 0
 * @param fromSize  the size the offer moves from
 */
public record LadderOffer(GoalCategory category, int size, Reason reason, int stepsDone, int fromSize) {
    /** Why a step is offered. */
    public enum Reason {
        /** Several steps of one size were done lately: the next size up may be within reach. */
        CLIMB,
        /** Mood has been low this week: a smaller step still counts. */
        LOW_MOOD,
        /** Several steps were skipped this week: a smaller one may fit better. */
        SKIPPED
    }

    public LadderOffer {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean smaller() {
        return reason != Reason.CLIMB;
    }

    /** A key that names this offer while its reason stands, so "not now" can hide exactly this one. */
    public String key() {
        return category.id() + ":" + size + ":" + reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
