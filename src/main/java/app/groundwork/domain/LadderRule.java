package app.groundwork.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * When the ladder offers a step of another size. After a run of done steps of one size in a category it offers the
 * next size up; after a hard week (low mood, or several steps skipped) it offers a smaller step instead, and nothing
 * bigger. Every offer is only that: the person may take it or leave it.
 *
 * <p>Days are the person's local calendar days; both windows end with {@code today} included.
 */
public final class LadderRule {
    /** The days, today included, whose done steps count towards climbing. */
    public static final int WINDOW_DAYS = 14;
    /** Steps of one size done within {@link #WINDOW_DAYS} before the next size up is offered. */
    public static final int STEPS_TO_CLIMB = 3;
    /** The days, today included, that make up "this week" for the hard-week check. */
    public static final int WEEK_DAYS = 7;
    /** A mean mood this week at or below this, on the 1–10 scale, makes it a hard week. */
    public static final double HARD_WEEK_MOOD = 4.0;
    /** Days with a mood the week needs before its mean says anything. */
    public static final int FEWEST_MOOD_DAYS = 2;
    /** Steps skipped this week that make it a hard week, whatever the mood. */
    public static final int SKIPS_FOR_SMALLER = 3;
    /** The most offers shown at once. */
    public static final int MAX_OFFERS = 3;

    private LadderRule() {
    }

    /**
     * The offers for {@code today}: smaller steps first (in category order), then steps up (in category order), at
     * most {@link #MAX_OFFERS}, never two for one category.
     *
     * <p>A smaller step after skips says, in {@code stepsDone}, how many steps were skipped this week in all. After a
     * hard week with no steps at all, one size-1 self-care step is offered, with {@code fromSize} 1.
     *
     * @param marks outcomes of the last {@link #WINDOW_DAYS} days; any outside that window are left out
     * @param days  day summaries of the last {@link #WEEK_DAYS} days; any outside that week are left out
     */
    public static List<LadderOffer> offers(List<GoalMark> marks, List<DaySummary> days, LocalDate today) {
        Objects.requireNonNull(marks, "marks");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(today, "today");
        LocalDate windowStart = today.minusDays(WINDOW_DAYS - 1L);
        LocalDate weekStart = today.minusDays(WEEK_DAYS - 1L);
        List<GoalMark> inWindow = marks.stream().filter(mark -> within(mark.date(), windowStart, today)).toList();
        List<GoalMark> thisWeek = inWindow.stream().filter(mark -> within(mark.date(), weekStart, today)).toList();
        List<DaySummary> weekDays = days.stream().filter(day -> within(day.date(), weekStart, today)).toList();

        int skipped = (int) thisWeek.stream().filter(mark -> mark.outcome() == GoalOutcome.SKIPPED).count();
        boolean manySkips = skipped >= SKIPS_FOR_SMALLER;
        List<LadderOffer> offers = manySkips || lowMood(weekDays)
                ? smallerSteps(thisWeek, manySkips ? LadderOffer.Reason.SKIPPED : LadderOffer.Reason.LOW_MOOD,
                        manySkips ? skipped : 0)
                : climbs(inWindow);
        return offers.size() > MAX_OFFERS ? List.copyOf(offers.subList(0, MAX_OFFERS)) : List.copyOf(offers);
    }

    private static boolean lowMood(List<DaySummary> weekDays) {
        List<Double> means = weekDays.stream().map(DaySummary::meanMood).filter(Objects::nonNull).toList();
        if (means.size() < FEWEST_MOOD_DAYS) {
            return false;
        }
        double total = 0;
        for (double dayMean : means) {
            total += dayMean;
        }
        return total / means.size() <= HARD_WEEK_MOOD;
    }

    /** One step down from the largest size tried this week in each category that had a step, never below 1. */
    private static List<LadderOffer> smallerSteps(List<GoalMark> thisWeek, LadderOffer.Reason reason, int skipped) {
        Map<GoalCategory, Integer> largestTried = new EnumMap<>(GoalCategory.class);
        for (GoalMark mark : thisWeek) {
            largestTried.merge(mark.goal().category(), mark.goal().size(), Math::max);
        }
        List<LadderOffer> offers = new ArrayList<>();
        if (largestTried.isEmpty()) {
            offers.add(new LadderOffer(GoalCategory.SELF_CARE, GoalPlan.SMALLEST, reason, skipped, GoalPlan.SMALLEST));
            return offers;
        }
        largestTried.forEach((category, largest) -> offers.add(new LadderOffer(category,
                Math.max(GoalPlan.SMALLEST, largest - 1), reason, skipped, largest)));
        return offers;
    }

    /**
     * The next size up in each category where {@link #STEPS_TO_CLIMB} steps of one size were done, measured from the
     * largest such size, unless a step that big or bigger is already done.
     */
    private static List<LadderOffer> climbs(List<GoalMark> inWindow) {
        Map<GoalCategory, TreeMap<Integer, Integer>> doneBySize = new EnumMap<>(GoalCategory.class);
        for (GoalMark mark : inWindow) {
            if (mark.outcome() == GoalOutcome.DONE) {
                doneBySize.computeIfAbsent(mark.goal().category(), category -> new TreeMap<>())
                        .merge(mark.goal().size(), 1, Integer::sum);
            }
        }
        List<LadderOffer> offers = new ArrayList<>();
        doneBySize.forEach((category, counts) -> {
            Integer from = null;
            for (Map.Entry<Integer, Integer> entry : counts.descendingMap().entrySet()) {
                if (entry.getValue() >= STEPS_TO_CLIMB) {
                    from = entry.getKey();
                    break;
                }
            }
            if (from == null || from >= GoalPlan.LARGEST || counts.lastKey() > from) {
                return;
            }
            offers.add(new LadderOffer(category, from + 1, LadderOffer.Reason.CLIMB, counts.get(from), from));
        });
        return offers;
    }

    private static boolean within(LocalDate date, LocalDate first, LocalDate last) {
        return !date.isBefore(first) && !date.isAfter(last);
    }
}
