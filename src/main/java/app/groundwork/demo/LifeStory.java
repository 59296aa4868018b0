package app.groundwork.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The life behind the demo journal, planned before a single check-in is written: the opening failure, the
 * smaller setbacks that follow every year or two, rough patches, seasons, stretches without writing and a course
 * of therapy. From these it gives each day a usual mood and self-trust that the check-ins then scatter around.
 */
final class LifeStory {
    /** Later setbacks stay out of the final months so the journal ends on a steadier stretch, as recovery does. */
    private static final int QUIET_FINAL_DAYS = 150;
    /** Rough patches and gaps need the first days for the opening failure. */
    private static final int OPENING_DAYS = 14;
    /** The last week always has entries, so the Today screen of a fresh demo journal is not empty. */
    private static final int WRITTEN_FINAL_DAYS = 7;
    private static final double DAILY_GAP_CHANCE = 0.011;
    private static final double RAW_DROP = 2.3;
    private static final double HEALING_DROP = 0.9;
    private static final double FOCUS_DROP = 0.6;

    private final LocalDate firstDay;
    private final List<Setback> setbacks;
    private final boolean[] unwritten;
    private final double[] moodLevel;
    private final double[] trustLevel;
    private final Phase[] phase;
    private final SetbackKind[] focus;
    private final boolean[] rough;
    private final Therapy therapy;

    private LifeStory(LocalDate firstDay, int dayCount, List<Setback> setbacks, List<RoughPatch> roughPatches,
            boolean[] unwritten, double[] drift, double usualMood, double usualTrust, Therapy therapy) {
        this.firstDay = firstDay;
        this.setbacks = List.copyOf(setbacks);
        this.unwritten = unwritten;
        this.therapy = therapy;
        this.moodLevel = new double[dayCount];
        this.trustLevel = new double[dayCount];
        this.phase = new Phase[dayCount];
        this.focus = new SetbackKind[dayCount];
        this.rough = new boolean[dayCount];
        for (int day = 0; day < dayCount; day++) {
            double setbackDrop = 0;
            double trustDrop = 0;
            Setback heaviest = null;
            for (Setback setback : setbacks) {
                setbackDrop += setback.moodDropOn(day);
                trustDrop += setback.trustDropOn(day);
                if (heaviest == null || setback.moodDropOn(day) > heaviest.moodDropOn(day)) {
                    heaviest = setback;
                }
            }
            double patchDrop = 0;
            for (RoughPatch patch : roughPatches) {
                patchDrop += patch.moodDropOn(day);
                rough[day] |= patch.covers(day);
            }
            double rhythm = seasonalShift(dateOf(day)) + weekdayShift(dateOf(day)) + drift[day];
            moodLevel[day] = usualMood - setbackDrop - patchDrop + rhythm;
            trustLevel[day] = usualTrust - trustDrop - 0.5 * patchDrop + 0.5 * rhythm;
            phase[day] = setbackDrop >= RAW_DROP ? Phase.RAW
                    : setbackDrop >= HEALING_DROP ? Phase.HEALING
                    : Phase.STEADY;
            focus[day] = heaviest != null && heaviest.moodDropOn(day) >= FOCUS_DROP ? heaviest.kind() : null;
        }
    }

    static LifeStory plan(Dice dice, LocalDate firstDay, LocalDate lastDay) {
        int dayCount = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        List<Setback> setbacks = planSetbacks(dice, dayCount);
        List<RoughPatch> roughPatches = planRoughPatches(dice, dayCount);
        boolean[] unwritten = planGaps(dice, dayCount);
        double[] drift = planDrift(dice, dayCount);
        double usualMood = dice.between(6.9, 7.5);
        double usualTrust = dice.between(6.8, 7.6);
        return new LifeStory(firstDay, dayCount, setbacks, roughPatches, unwritten, drift, usualMood, usualTrust,
                Therapy.plan(dice));
    }

    /** A big failure on day one, then a smaller setback of a different kind every twelve to twenty-four months. */
    private static List<Setback> planSetbacks(Dice dice, int dayCount) {
        List<SetbackKind> openers = new ArrayList<>();
        List<SetbackKind> later = new ArrayList<>();
        for (SetbackKind kind : SetbackKind.values()) {
            (kind.opensStory() ? openers : later).add(kind);
        }
        List<Setback> setbacks = new ArrayList<>();
        setbacks.add(new Setback(dice.pick(openers), 0, dice.between(4.2, 4.6), dice.between(18, 35),
                dice.between(110.0, 170.0)));
        List<SetbackKind> upcoming = new ArrayList<>();
        int day = dice.between(365, 730);
        while (day < dayCount - QUIET_FINAL_DAYS) {
            if (upcoming.isEmpty()) {
                upcoming.addAll(later);
                shuffle(upcoming, dice);
            }
            setbacks.add(new Setback(upcoming.remove(0), day, dice.between(2.0, 3.2), dice.between(3, 12),
                    dice.between(18.0, 55.0)));
            day += dice.between(365, 730);
        }
        return setbacks;
    }

    /** More rough patches in the first year, when everything is still fragile. */
    private static List<RoughPatch> planRoughPatches(Dice dice, int dayCount) {
        List<RoughPatch> patches = new ArrayList<>();
        for (int yearStart = 0; yearStart < dayCount; yearStart += 365) {
            int count = yearStart == 0 ? dice.between(3, 5) : dice.between(2, 4);
            for (int i = 0; i < count; i++) {
                int start = Math.max(OPENING_DAYS, yearStart + dice.between(0, 364));
                if (start < dayCount) {
                    patches.add(new RoughPatch(start, dice.between(6, 14), dice.between(1.4, 2.6)));
                }
            }
        }
        return patches;
    }

    /** Stretches without a single check-in: mostly a few days, sometimes up to two weeks. */
    private static boolean[] planGaps(Dice dice, int dayCount) {
        boolean[] unwritten = new boolean[dayCount];
        int lastGapDay = dayCount - WRITTEN_FINAL_DAYS;
        int day = OPENING_DAYS;
        while (day < lastGapDay) {
            if (dice.chance(DAILY_GAP_CHANCE)) {
                int length = dice.chance(0.7) ? dice.between(2, 5) : dice.between(6, 14);
                for (int gapDay = day; gapDay < Math.min(day + length, lastGapDay); gapDay++) {
                    unwritten[gapDay] = true;
                }
                day += length + 1;
            } else {
                day++;
            }
        }
        return unwritten;
    }

    /** Slow day-to-day wandering of mood that has no named cause: good weeks and flat weeks. */
    private static double[] planDrift(Dice dice, int dayCount) {
        double[] drift = new double[dayCount];
        double current = 0;
        for (int day = 0; day < dayCount; day++) {
            current = 0.88 * current + 0.22 * dice.gaussian();
            drift[day] = current;
        }
        return drift;
    }

    private static void shuffle(List<SetbackKind> kinds, Dice dice) {
        for (int i = kinds.size() - 1; i > 0; i--) {
            Collections.swap(kinds, i, dice.between(0, i));
        }
    }

    /** Darker months weigh a little on mood (northern hemisphere: lowest in mid-January). */
    private static double seasonalShift(LocalDate date) {
        return -0.35 * Math.cos(2 * Math.PI * (date.getDayOfYear() - 15) / 365.25);
    }

    private static double weekdayShift(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> 0.2;
            case FRIDAY -> 0.1;
            case SUNDAY -> -0.15;
            default -> 0;
        };
    }

    int dayCount() {
        return moodLevel.length;
    }

    LocalDate dateOf(int day) {
        return firstDay.plusDays(day);
    }

    SetbackKind openingKind() {
        return setbacks.get(0).kind();
    }

    boolean unwritten(int day) {
        return unwritten[day];
    }

    /** The mood the person would report on an unremarkable moment of this day. */
    double moodLevel(int day) {
        return moodLevel[day];
    }

    double trustLevel(int day) {
        return trustLevel[day];
    }

    Phase phase(int day) {
        return phase[day];
    }

    /** The setback that still weighs noticeably on this day, if any. */
    Optional<SetbackKind> focus(int day) {
        return Optional.ofNullable(focus[day]);
    }

    boolean inRoughPatch(int day) {
        return rough[day];
    }

    boolean therapyDay(int day) {
        return therapy.sessionOn(day, dateOf(day).getDayOfWeek());
    }

    /**
     * Therapy the person starts a few weeks after the opening failure: weekly at first, then every other week,
     * then finished.
     */
    private record Therapy(DayOfWeek weekday, int firstDay, int weeklyUntil, int fortnightlyUntil) {
        static Therapy plan(Dice dice) {
            DayOfWeek weekday = DayOfWeek.of(dice.between(1, 5));
            int first = dice.between(10, 30);
            int weeklyUntil = dice.between(280, 400);
            return new Therapy(weekday, first, weeklyUntil, weeklyUntil + dice.between(200, 350));
        }

        boolean sessionOn(int day, DayOfWeek dayOfWeek) {
            if (dayOfWeek != weekday || day < firstDay || day >= fortnightlyUntil) {
                return false;
            }
            return day < weeklyUntil || ((day - firstDay) / 7) % 2 == 0;
        }
    }
}
