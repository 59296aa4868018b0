package app.groundwork.domain;

/**
 * How far a person is through a practice done over several days.
 *
 * @param daysDone  the distinct days with a finished session, however many there are
 * @param days      how many days the series runs over
 * @param doneToday whether today already has a finished session
 */
public record SeriesProgress(int daysDone, int days, boolean doneToday) {
    public SeriesProgress {
        if (daysDone < 0 || days < 1) {
            throw new IllegalArgumentException("a series has at least one day and never fewer than none done");
        }
    }

    /** Whether every day of the series has had its session. */
    public boolean complete() {
        return daysDone >= days;
    }

    /** The day the next session is, from 1, never past the last day. */
    public int nextDay() {
        return Math.min(daysDone + 1, days);
    }
}
