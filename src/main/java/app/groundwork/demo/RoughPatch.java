package app.groundwork.demo;

/**
 * A few low days with no big cause (a cold, a grim week at work, an anniversary): the dips that make recovery
 * non-linear even when nothing new has gone wrong.
 *
 * @param depth how far mood sinks in the middle of the patch, in mood points
 */
record RoughPatch(int startDay, int lengthDays, double depth) {

    boolean covers(int day) {
        return day >= startDay && day < startDay + lengthDays;
    }

    /** Shaped like a hump so a rough stretch creeps in and lifts again instead of switching on and off. */
    double moodDropOn(int day) {
        return covers(day) ? depth * Math.sin(Math.PI * (day - startDay + 0.5) / lengthDays) : 0;
    }
}
