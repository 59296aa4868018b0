package app.groundwork.demo;

import java.time.LocalDate;

/**
 * What the person is going through when they write a note: enough for the note to fit the day.
 *
 * @param focus      the setback still weighing on the day, or {@code null} when none does
 * @param turn       how this moment compares with the day's usual mood
 * @param firstEntry true for the very first check-in of the journal, written on the day of the opening failure
 */
record NoteMoment(LocalDate date, DaySlot slot, Phase phase, SetbackKind focus, Turn turn, int mood,
        boolean firstEntry) {

    /** A moment can be noticeably worse or better than the day around it; notes say so. */
    enum Turn {
        LOW, USUAL, HIGH
    }
}
