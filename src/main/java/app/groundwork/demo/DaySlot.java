package app.groundwork.demo;

import java.time.LocalTime;

/**
 * The parts of a day a person tends to check in. A day's check-ins use different slots, which keeps their times
 * in order and spread between morning and night.
 */
enum DaySlot {
    MORNING("morning", 6 * 60 + 10, 9 * 60 + 40, 7 * 60 + 30, 10 * 60 + 50, -0.1, 0.2),
    MIDDAY("midday", 11 * 60 + 30, 14 * 60 + 15, 11 * 60 + 30, 14 * 60 + 15, 0.1, 0.1),
    AFTERNOON("afternoon", 14 * 60 + 45, 18 * 60 + 40, 14 * 60 + 45, 18 * 60 + 40, 0.1, -0.15),
    EVENING("evening", 19 * 60, 22 * 60 + 20, 19 * 60, 22 * 60 + 20, 0, -0.2),
    /** Late check-ins come mostly from nights when sleep will not come, so mood and energy there run lower. */
    NIGHT("night", 22 * 60 + 35, 23 * 60 + 59, 22 * 60 + 35, 23 * 60 + 59, -0.4, -0.5);

    private final String key;
    private final int weekdayFirstMinute;
    private final int weekdayLastMinute;
    private final int weekendFirstMinute;
    private final int weekendLastMinute;
    private final double moodShift;
    private final double energyShift;

    DaySlot(String key, int weekdayFirstMinute, int weekdayLastMinute, int weekendFirstMinute,
            int weekendLastMinute, double moodShift, double energyShift) {
        this.key = key;
        this.weekdayFirstMinute = weekdayFirstMinute;
        this.weekdayLastMinute = weekdayLastMinute;
        this.weekendFirstMinute = weekendFirstMinute;
        this.weekendLastMinute = weekendLastMinute;
        this.moodShift = moodShift;
        this.energyShift = energyShift;
    }

    /** The suffix of this slot's opener pool, e.g. {@code opener.morning}. */
    String key() {
        return key;
    }

    double moodShift() {
        return moodShift;
    }

    double energyShift() {
        return energyShift;
    }

    /** Weekend mornings start later, as they do for most people. */
    LocalTime timeOn(boolean weekend, Dice dice) {
        int minute = weekend
                ? dice.between(weekendFirstMinute, weekendLastMinute)
                : dice.between(weekdayFirstMinute, weekdayLastMinute);
        return LocalTime.of(minute / 60, minute % 60);
    }
}
