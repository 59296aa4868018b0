package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A later look back at a finished thought record: on {@code due}, Today asks how much the old thought is still
 * believed.
 *
 * @param belief     the answer, 0–100; {@code null} until given
 * @param answeredOn the day it was given; {@code null} until then
 */
public record FollowUp(LocalDate due, Integer belief, LocalDate answeredOn) {
    public FollowUp {
        Objects.requireNonNull(due, "due");
    }

    public boolean answered() {
        return answeredOn != null;
    }

    public boolean dueOn(LocalDate day) {
        return !answered() && !due.isAfter(day);
    }
}
