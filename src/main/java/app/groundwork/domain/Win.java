package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the wins ledger: a step done (or partly done), an experiment carried out, or a win the person wrote in
 * by hand.
 *
 * @param sourceId   the goal outcome's journal entry id, or the hand-written win's id
 * @param category   the step's category; {@code null} for a hand-written win
 * @param size       the step's size; {@code null} for a hand-written win
 * @param relief     for an experiment, how many points less uncomfortable it was than feared; {@code null} otherwise
 */
public record Win(Kind kind, long sourceId, LocalDate date, String title, GoalCategory category, Integer size,
                  String note, Integer relief) {
    /** Where a win comes from. */
    public enum Kind {
        STEP("step"),
        PARTLY("partly"),
        EXPERIMENT("experiment"),
        OWN("own");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Win {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        note = note == null ? "" : note;
    }

    /** The win a marked step stands for, if it is one. */
    public static Optional<Win> of(GoalMark mark) {
        if (!mark.outcome().isWin()) {
            return Optional.empty();
        }
        Kind kind = mark.goal().experiment() ? Kind.EXPERIMENT : mark.outcome() == GoalOutcome.PARTLY ? Kind.PARTLY : Kind.STEP;
        return Optional.of(new Win(kind, mark.entryId(), mark.date(), mark.goal().title(), mark.goal().category(),
                mark.goal().size(), mark.note(), mark.relief()));
    }
}
