package app.groundwork.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.Reframe;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.ReframeStats;
import app.groundwork.domain.ReframeStep;
import app.groundwork.domain.TrapChoice;
import app.groundwork.domain.TrapStats;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReframeInsightsTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);
    private static final double EXACT = 1e-9;

    /** Feelings 80 and 60 easing to 50 and 40 (a drop of 25); belief 90 to 60 (30). */
    private static final Reframe FIRST = finished(LocalDate.of(2026, 3, 2),
            List.of(EmotionRating.known("shame", 80), EmotionRating.known("anxiety", 60)), 90,
            List.of(EmotionRating.known("shame", 50), EmotionRating.known("anxiety", 40)), 60,
            TrapChoice.known("labeling", true), TrapChoice.known("all-or-nothing", false));
    /** Shame 70 to 60 (10); belief 80 to 70 (10). */
    private static final Reframe SECOND = finished(LocalDate.of(2026, 3, 5),
            List.of(EmotionRating.known("shame", 70)), 80, List.of(EmotionRating.known("shame", 60)), 70,
            TrapChoice.known("labeling", false), TrapChoice.known("mind-reading", true));
    /** Feelings not re-rated (no distress drop); the thought believed more at the end, 70 to 80 (−10). */
    private static final Reframe THIRD = finished(LocalDate.of(2026, 3, 9),
            List.of(EmotionRating.known("fear", 65)), 70, List.of(), 80,
            TrapChoice.known("labeling", false), TrapChoice.custom("Replaying it"));
    /** Anxiety 50 to 55 (−5); belief never re-rated. The same named trap, spelt differently. */
    private static final Reframe FOURTH = finished(LocalDate.of(2026, 3, 10),
            List.of(EmotionRating.known("anxiety", 50)), 60, List.of(EmotionRating.known("anxiety", 55)), null,
            TrapChoice.custom(" replaying IT "), TrapChoice.known("mind-reading", false));

    @Test
    void countsAndMeansOverTheFinishedRecordsOfThePeriod() {
        ReframeStats stats = ReframeInsights.summarize(List.of(FIRST, SECOND, FOURTH, THIRD), MARCH_1, MARCH_31);

        assertEquals(MARCH_1, stats.from());
        assertEquals(MARCH_31, stats.to());
        assertEquals(4, stats.done());
        // distress: 25, 10 and −5 (the third has none) → 10; belief: 30, 10 and −10 (the fourth has none) → 10
        assertMean(10.0, stats.meanDistressDrop());
        assertMean(10.0, stats.meanBeliefDrop());
    }

    @Test
    void eachTrapHasItsOwnCountAndMeans() {
        ReframeStats stats = ReframeInsights.summarize(List.of(FIRST, SECOND, FOURTH, THIRD), MARCH_1, MARCH_31);

        assertEquals(List.of("labeling", "mind-reading", "Replaying it", "all-or-nothing"),
                stats.perTrap().stream().map(TrapStats::trap).toList());
        TrapStats labeling = stats.perTrap().get(0);
        assertEquals(3, labeling.count());
        assertFalse(labeling.custom());
        assertMean(17.5, labeling.meanDistressDrop());
        assertMean(10.0, labeling.meanBeliefDrop());

        TrapStats mindReading = stats.perTrap().get(1);
        assertEquals(2, mindReading.count());
        assertMean(2.5, mindReading.meanDistressDrop());
        assertMean(10.0, mindReading.meanBeliefDrop());

        TrapStats allOrNothing = stats.perTrap().get(3);
        assertEquals(1, allOrNothing.count());
        assertMean(25.0, allOrNothing.meanDistressDrop());
        assertMean(30.0, allOrNothing.meanBeliefDrop());
    }

    @Test
    void aNamedTrapIsOneTrapWhateverItsCaseKeepingTheOldestSpelling() {
        ReframeStats stats = ReframeInsights.summarize(List.of(FOURTH, THIRD), MARCH_1, MARCH_31);

        TrapStats replaying = stats.perTrap().stream().filter(TrapStats::custom).findFirst().orElseThrow();
        assertEquals(1, stats.perTrap().stream().filter(TrapStats::custom).count());
        assertEquals("Replaying it", replaying.trap(), "the third was written first, though listed second");
        assertEquals(2, replaying.count());
        // only the fourth re-rated its feelings, only the third its belief
        assertMean(-5.0, replaying.meanDistressDrop());
        assertMean(-10.0, replaying.meanBeliefDrop());
    }

    @Test
    void aNamedTrapDoesNotMergeWithTheCatalogueTrapOfTheSameWord() {
        Reframe named = finished(MARCH_1.plusDays(3), List.of(), 80, List.of(), 50, TrapChoice.custom("Labeling"));
        ReframeStats stats = ReframeInsights.summarize(List.of(FIRST, named), MARCH_1, MARCH_31);

        List<TrapStats> labeling = stats.perTrap().stream().filter(t -> t.trap().equalsIgnoreCase("labeling")).toList();
        assertEquals(2, labeling.size());
        // one record each with the same belief drop (30) and the same name ignoring case: the catalogue trap first
        assertEquals(List.of(false, true), labeling.stream().map(TrapStats::custom).toList());
    }

    @Test
    void unfinishedRecordsAreLeftOut() {
        Reframe inProgress = new Reframe(0, LocalDate.of(2026, 3, 6), LocalTime.of(21, 0),
                content(List.of(EmotionRating.known("shame", 90)), 90, List.of(EmotionRating.known("shame", 0)), 0,
                        List.of(TrapChoice.known("labeling", false))),
                ReframeStep.AFTER, null, null);
        ReframeStats stats = ReframeInsights.summarize(List.of(SECOND, inProgress), MARCH_1, MARCH_31);

        assertEquals(1, stats.done());
        assertMean(10.0, stats.meanDistressDrop());
        assertMean(10.0, stats.meanBeliefDrop());
        assertEquals(1, stats.perTrap().get(0).count(), "labeling counted once, from the finished record");
    }

    @Test
    void recordsOutsideThePeriodAreLeftOutAndBothEndsAreIncluded() {
        Reframe dayBefore = finished(MARCH_1.minusDays(1), List.of(), 90, List.of(), 10, TrapChoice.known("comparing", false));
        Reframe onFirstDay = finished(MARCH_1, List.of(), 90, List.of(), 70, TrapChoice.known("blaming", false));
        Reframe onLastDay = finished(MARCH_31, List.of(), 60, List.of(), 50, TrapChoice.known("blaming", false));
        Reframe dayAfter = finished(MARCH_31.plusDays(1), List.of(), 90, List.of(), 10, TrapChoice.known("comparing", false));

        ReframeStats stats = ReframeInsights.summarize(List.of(dayBefore, onFirstDay, onLastDay, dayAfter), MARCH_1, MARCH_31);

        assertEquals(2, stats.done());
        assertMean(15.0, stats.meanBeliefDrop());
        assertEquals(List.of("blaming"), stats.perTrap().stream().map(TrapStats::trap).toList());
        assertTrue(stats.meanDistressDrop().isEmpty(), "no feelings rated at both ends");
    }

    @Test
    void aPeriodWithNothingInItHasNoMeansAtAll() {
        ReframeStats stats = ReframeInsights.summarize(List.of(FIRST, SECOND), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));

        assertEquals(0, stats.done());
        assertEquals(OptionalDouble.empty(), stats.meanDistressDrop());
        assertEquals(OptionalDouble.empty(), stats.meanBeliefDrop());
        assertEquals(List.of(), stats.perTrap());
        assertEquals(List.of(), stats.mostFrequent(3));
        assertEquals(0, ReframeInsights.summarize(List.of(), MARCH_1, MARCH_1).done());
    }

    @Test
    void recordsWithoutRatingsCountAsDoneButNotTowardsTheMeans() {
        Reframe wordsOnly = finished(MARCH_1.plusDays(1), List.of(), null, List.of(), null,
                TrapChoice.known("fortune-telling", false));
        ReframeStats stats = ReframeInsights.summarize(List.of(wordsOnly), MARCH_1, MARCH_31);

        assertEquals(1, stats.done());
        assertTrue(stats.meanDistressDrop().isEmpty() && stats.meanBeliefDrop().isEmpty());
        TrapStats trap = stats.perTrap().get(0);
        assertEquals(1, trap.count());
        assertTrue(trap.meanDistressDrop().isEmpty() && trap.meanBeliefDrop().isEmpty(), "never NaN or 0");
    }

    @Test
    void aThoughtBelievedMoreAtTheEndPullsTheMeanBelowZero() {
        Reframe harder = finished(MARCH_1.plusDays(2), List.of(EmotionRating.known("anger", 40)), 65,
                List.of(EmotionRating.known("anger", 70)), 85, TrapChoice.known("blaming", false));
        Reframe easier = finished(MARCH_1.plusDays(3), List.of(EmotionRating.known("anger", 50)), 70,
                List.of(EmotionRating.known("anger", 40)), 60, TrapChoice.known("blaming", false));
        ReframeStats stats = ReframeInsights.summarize(List.of(harder, easier), MARCH_1, MARCH_31);

        assertMean(-10.0, stats.meanDistressDrop()); // −30 and +10
        assertMean(-5.0, stats.meanBeliefDrop()); // −20 and +10
        assertMean(-5.0, stats.perTrap().get(0).meanBeliefDrop());
    }

    @Test
    void aTrapChosenTwiceInOneRecordCountsOnce() {
        Reframe twice = finished(MARCH_1.plusDays(4), List.of(), 80, List.of(), 40,
                TrapChoice.known("magnifying", true), TrapChoice.known("magnifying", false),
                TrapChoice.custom("Old story"), TrapChoice.custom("old story"));
        ReframeStats stats = ReframeInsights.summarize(List.of(twice), MARCH_1, MARCH_31);

        assertEquals(List.of(1, 1), stats.perTrap().stream().map(TrapStats::count).toList());
        assertEquals(List.of("magnifying", "Old story"), stats.perTrap().stream().map(TrapStats::trap).toList());
    }

    @Test
    void tiesGoToTheLargerBeliefDropThenToTheName() {
        Reframe small = finished(MARCH_1.plusDays(1), List.of(), 80, List.of(), 75,
                TrapChoice.known("catastrophizing", false), TrapChoice.known("overgeneralizing", false));
        Reframe large = finished(MARCH_1.plusDays(2), List.of(), 80, List.of(), 40, TrapChoice.known("should-statements", false));
        Reframe unrated = finished(MARCH_1.plusDays(3), List.of(), null, List.of(), null, TrapChoice.known("comparing", false));
        ReframeStats stats = ReframeInsights.summarize(List.of(unrated, small, large), MARCH_1, MARCH_31);

        // all chosen once: should-statements (40) first, then the two with 5 by name, and the one with no drop last
        assertEquals(List.of("should-statements", "catastrophizing", "overgeneralizing", "comparing"),
                stats.perTrap().stream().map(TrapStats::trap).toList());
        assertEquals(List.of("should-statements", "catastrophizing"),
                stats.mostFrequent(2).stream().map(TrapStats::trap).toList());
        assertEquals(4, stats.mostFrequent(10).size());
    }

    @Test
    void mostFrequentFollowsTheCounts() {
        ReframeStats stats = ReframeInsights.summarize(List.of(FIRST, SECOND, THIRD, FOURTH), MARCH_1, MARCH_31);
        assertEquals(List.of("labeling", "mind-reading"), stats.mostFrequent(2).stream().map(TrapStats::trap).toList());
        assertEquals(List.of(), stats.mostFrequent(0));
        assertThrows(IllegalArgumentException.class, () -> stats.mostFrequent(-1));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReframeInsights.summarize(List.of(), MARCH_31, MARCH_1));
    }

    @Test
    void statsBuiltByHandAreSortedTheSameWay() {
        TrapStats once = new TrapStats("blaming", false, 1, OptionalDouble.of(5), OptionalDouble.of(50));
        TrapStats thrice = new TrapStats("comparing", false, 3, OptionalDouble.empty(), OptionalDouble.empty());
        ReframeStats stats = new ReframeStats(MARCH_1, MARCH_31, 3, OptionalDouble.empty(), OptionalDouble.empty(),
                List.of(once, thrice));
        assertEquals(List.of(thrice, once), stats.perTrap());
    }

    private static void assertMean(double expected, OptionalDouble actual) {
        assertTrue(actual.isPresent(), "expected a mean of " + expected + ", found none");
        assertEquals(expected, actual.getAsDouble(), EXACT);
    }

    private static Reframe finished(LocalDate date, List<EmotionRating> before, Integer beliefBefore,
                                    List<EmotionRating> after, Integer beliefAfter, TrapChoice... traps) {
        return new Reframe(0, date, LocalTime.of(20, 15), content(before, beliefBefore, after, beliefAfter, List.of(traps)),
                ReframeStep.AFTER, date.atTime(20, 40).toInstant(ZoneOffset.UTC), null);
    }

    private static ReframeContent content(List<EmotionRating> before, Integer beliefBefore, List<EmotionRating> after,
                                          Integer beliefAfter, List<TrapChoice> traps) {
        return new ReframeContent("On the bus home.", "I always get it wrong.", before, beliefBefore, traps, "", "", "",
                "", after, beliefAfter, null);
    }
}
