package app.groundwork.demo;

/**
 * One setback in the demo person's life and how long its weight lasts.
 *
 * @param startDay     the day of the story it happens on (0 is the first day of the journal)
 * @param moodDepth    how far it pulls the usual mood down at its worst, in mood points
 * @param stunnedDays  how long the blow is felt at full strength before anything eases
 * @param recoveryDays the time constant of the slow fading afterwards
 */
record Setback(SetbackKind kind, int startDay, double moodDepth, int stunnedDays, double recoveryDays) {

    /** How much of the blow is still felt on a day: all of it through the stunned stretch, then fading. */
    double weightOn(int day) {
        if (day < startDay) {
            return 0;
        }
        int sinceEasing = day - startDay - stunnedDays;
        return sinceEasing <= 0 ? 1 : Math.exp(-sinceEasing / recoveryDays);
    }

    double moodDropOn(int day) {
        return moodDepth * weightOn(day);
    }

    /** Self-trust returns more slowly than mood, so its share of the blow fades on a flatter curve. */
    double trustDropOn(int day) {
        return moodDepth * kind.trustShare() * Math.pow(weightOn(day), 0.7);
    }
}
