package app.groundwork.domain.transfer;

import app.groundwork.domain.Instrument;
import java.util.List;
import java.util.Objects;

/** A self-assessment in an archive: the raw answers as given; the score is worked out again from them. */
public record ArchivedAssessment(Instrument instrument, List<Integer> answers) {
    public ArchivedAssessment {
        Objects.requireNonNull(instrument, "instrument");
        answers = List.copyOf(answers);
    }
}
