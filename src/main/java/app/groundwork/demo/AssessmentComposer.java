package app.groundwork.demo;

import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.TakenAssessment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The self-assessments of the demo journal: the WHO-5 about every two weeks, a PHQ-9 and GAD-7 now and then, the
 * RSES and SCS-SF a few times a year. Answers loosely follow the life story's mood and self-trust over the two weeks
 * before, so the charts rise and dip with the check-ins. PHQ-9 item 9 is always 0: the demo never touches self-harm.
 */
final class AssessmentComposer {
    /** The WHO-5, PHQ-9 and GAD-7 all ask about the last two weeks. */
    private static final int LOOK_BACK_DAYS = 14;
    /** The last WHO-5 is this many days before the last day, so a fresh demo journal shows its reminder on Today. */
    private static final int LAST_WHO5_DAYS_BEFORE_END = 15;
    private static final int FIRST_DAYS = 5;
    private static final double MOOD_FLOOR = 1.0;
    private static final double MOOD_SPAN = 8.5;
    private static final double STEADY_MOOD = 7.4;
    private static final double DISTRESS_SPAN = 6.0;

    private final LifeStory story;
    private final Dice dice;

    AssessmentComposer(LifeStory story, Dice dice) {
        this.story = story;
        this.dice = dice;
    }

    /** Every result, oldest first. */
    List<TakenAssessment> compose() {
        List<TakenAssessment> taken = new ArrayList<>();
        for (int day : who5Days()) {
            taken.add(take(Instrument.WHO5, day, who5(day)));
        }
        for (int day : spacedDays(dice.between(FIRST_DAYS, 12), 42, 75)) {
            taken.add(take(Instrument.PHQ9, day, phq9(day)));
            // the two are usually filled in together, as a doctor or therapist often hands them out
            int gadDay = dice.chance(0.75) ? day : writtenDayNear(Math.min(day + dice.between(1, 6), lastDay()));
            taken.add(take(Instrument.GAD7, gadDay, gad7(gadDay)));
        }
        for (int day : spacedDays(dice.between(20, 60), 80, 140)) {
            taken.add(take(Instrument.RSES, day, rses(day)));
        }
        for (int day : spacedDays(dice.between(40, 90), 90, 150)) {
            taken.add(take(Instrument.SCSSF, day, scssf(day)));
        }
        taken.sort(Comparator.comparing(TakenAssessment::date).thenComparing(TakenAssessment::time));
        return taken;
    }

    /** Walking back from a little over two weeks before the end, twelve to sixteen days apart, now and then one missed. */
    private List<Integer> who5Days() {
        List<Integer> days = new ArrayList<>();
        int day = lastDay() - LAST_WHO5_DAYS_BEFORE_END;
        while (day >= FIRST_DAYS) {
            int written = writtenDayAtOrBefore(day);
            if (written >= FIRST_DAYS) {
                days.add(0, written);
            }
            day = written - dice.between(12, 16) - (dice.chance(0.08) ? 14 : 0);
        }
        return days;
    }

    private List<Integer> spacedDays(int first, int shortestGap, int longestGap) {
        List<Integer> days = new ArrayList<>();
        for (int day = first; day <= lastDay(); day += dice.between(shortestGap, longestGap)) {
            days.add(writtenDayNear(day));
        }
        return days;
    }

    private TakenAssessment take(Instrument instrument, int day, List<Integer> answers) {
        LocalDate date = story.dateOf(day);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        int minute = weekend && dice.chance(0.5) ? dice.between(10 * 60, 12 * 60 + 30) : dice.between(19 * 60 + 30, 22 * 60);
        return new TakenAssessment(instrument, date, LocalTime.of(minute / 60, minute % 60), answers);
    }

    /** WHO-5: 0–5, higher is better. */
    private List<Integer> who5(int day) {
        double level = 5 * ease(day) + 0.25 * dice.gaussian();
        return answers(Instrument.WHO5, item -> level + 0.5 * dice.gaussian());
    }

    /** PHQ-9: 0–3, higher means more bothered; item 9 stays 0. */
    private List<Integer> phq9(int day) {
        double level = 3 * distress(day) + 0.2 * dice.gaussian();
        List<Integer> answers = answers(Instrument.PHQ9, item -> level + 0.55 * dice.gaussian());
        answers.set(AssessmentScoring.PHQ9_SAFETY_ITEM - 1, 0);
        return answers;
    }

    /** GAD-7: 0–3, higher means more bothered; worry eases a little more slowly than mood. */
    private List<Integer> gad7(int day) {
        double level = 3 * Math.min(1, distress(day) * 1.1 + 0.05) + 0.2 * dice.gaussian();
        return answers(Instrument.GAD7, item -> level + 0.55 * dice.gaussian());
    }

    /** RSES: 0–3 agreement; the reversed statements are answered the other way round. */
    private List<Integer> rses(int day) {
        double level = 3 * trust(day) + 0.2 * dice.gaussian();
        return answers(Instrument.RSES, item -> {
            double agreement = level + 0.5 * dice.gaussian();
            return Instrument.RSES.isReversed(item) ? 3 - agreement : agreement;
        });
    }

    /** SCS-SF: 1–5 how often; kindness towards oneself follows self-trust, and the harsh statements go the other way. */
    private List<Integer> scssf(int day) {
        double level = 1 + 4 * (0.75 * trust(day) + 0.1) + 0.25 * dice.gaussian();
        return answers(Instrument.SCSSF, item -> {
            double often = level + 0.6 * dice.gaussian();
            return Instrument.SCSSF.isReversed(item) ? 6 - often : often;
        });
    }

    private interface ItemAnswer {
        double rating(int itemNumber);
    }

    private static List<Integer> answers(Instrument instrument, ItemAnswer answer) {
        List<Integer> answers = new ArrayList<>(instrument.itemCount());
        for (int item = 1; item <= instrument.itemCount(); item++) {
            answers.add(clamp(answer.rating(item), instrument.lowestAnswer(), instrument.highestAnswer()));
        }
        return answers;
    }

    /** 0 on the heaviest days, about 0.75 on ordinary good ones: the usual mood over the two weeks before. */
    private double ease(int day) {
        return Math.max(0, Math.min(1, (meanMood(day) - MOOD_FLOOR) / MOOD_SPAN));
    }

    private double distress(int day) {
        return Math.max(0, Math.min(1, (STEADY_MOOD - meanMood(day)) / DISTRESS_SPAN + 0.08));
    }

    private double trust(int day) {
        double sum = 0;
        int from = Math.max(0, day - LOOK_BACK_DAYS + 1);
        for (int d = from; d <= day; d++) {
            sum += story.trustLevel(d);
        }
        return Math.max(0, Math.min(1, (sum / (day - from + 1)) / 10.0));
    }

    private double meanMood(int day) {
        double sum = 0;
        int from = Math.max(0, day - LOOK_BACK_DAYS + 1);
        for (int d = from; d <= day; d++) {
            sum += story.moodLevel(d);
        }
        return sum / (day - from + 1);
    }

    private int lastDay() {
        return story.dayCount() - 1;
    }

    /** People take a questionnaire on days they also write, so a day without check-ins moves to the nearest written one. */
    private int writtenDayNear(int day) {
        for (int step = 0; step < LOOK_BACK_DAYS; step++) {
            if (day + step <= lastDay() && !story.unwritten(day + step)) {
                return day + step;
            }
            if (day - step >= 0 && !story.unwritten(day - step)) {
                return day - step;
            }
        }
        return Math.min(day, lastDay());
    }

    private int writtenDayAtOrBefore(int day) {
        int written = day;
        while (written > 0 && story.unwritten(written)) {
            written--;
        }
        return written;
    }

    private static int clamp(double value, int min, int max) {
        return (int) Math.max(min, Math.min(max, Math.round(value)));
    }
}
