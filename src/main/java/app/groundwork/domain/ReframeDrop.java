package app.groundwork.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One finished thought record's easing: how much the feelings' intensity and the belief in the thought dropped, in
 * points (negative when they rose). Either is {@code null} when the record was not rated both times.
 */
public record ReframeDrop(long id, LocalDate date, Double distressDrop, Double beliefDrop) {
    public ReframeDrop {
        Objects.requireNonNull(date, "date");
    }
}
