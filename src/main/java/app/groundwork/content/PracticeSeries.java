package app.groundwork.content;

import java.util.List;

/**
 * A practice done once a day over several days, such as expressive writing.
 *
 * @param days          how many days, 1–30
 * @param minutesPerDay how long each day's session is, 1–120
 * @param focus         one line per day saying what that day's session is about; exactly {@code days} of them
 */
public record PracticeSeries(Integer days, Integer minutesPerDay, List<String> focus) {
    public PracticeSeries {
        focus = focus == null ? null : List.copyOf(focus);
    }
}
