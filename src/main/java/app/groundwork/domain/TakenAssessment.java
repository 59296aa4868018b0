package app.groundwork.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A self-assessment's raw answers with the day and time it was taken, before it is scored and stored. Used when
 * several dated results are written at once, such as the results of a demo journal.
 *
 * @param answers the raw ratings in item order, as a person gives them (a missing answer may be {@code null})
 */
public record TakenAssessment(Instrument instrument, LocalDate date, LocalTime time, List<Integer> answers) {
    public TakenAssessment {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        answers = Collections.unmodifiableList(new ArrayList<>(answers));
    }
}
