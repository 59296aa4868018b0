package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.groundwork.domain.LadderOffer.Reason;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LadderRuleTest {
    /** A Saturday: the fourteen-day window starts on 1 March, the week on 8 March. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);
    private static final List<DaySummary> GOOD_WEEK = List.of(day(9, 7.0), day(11, 6.0), day(13, 8.0));

    private long nextId = 1;

    private GoalMark mark(GoalCategory category, int size, GoalOutcome outcome, LocalDate date) {
        long id = nextId++;
        Goal goal = new Goal(id, GoalPlan.of("A step " + id, category, size), LocalDate.of(2026, 1, 1), null);
        return new GoalMark(id, goal, date, LocalTime.of(19, 0), outcome, "", null);
    }

    private GoalMark done(GoalCategory category, int size, int dayOfMarch) {
        return mark(category, size, GoalOutcome.DONE, march(dayOfMarch));
    }

    private List<GoalMark> threeDone(GoalCategory category, int size) {
        return List.of(done(category, size, 2), done(category, size, 5), done(category, size, 12));
    }

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static DaySummary day(int dayOfMarch, Double meanMood) {
        return new DaySummary(march(dayOfMarch), meanMood == null ? 0 : 2, meanMood);
    }

    private static List<GoalMark> with(List<GoalMark> marks, GoalMark... more) {
        List<GoalMark> all = new ArrayList<>(marks);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void threeSocialStepsOfSizeTwoOfferSizeThree() {
        List<LadderOffer> offers = LadderRule.offers(threeDone(GoalCategory.SOCIAL, 2), GOOD_WEEK, TODAY);

        assertEquals(List.of(new LadderOffer(GoalCategory.SOCIAL, 3, Reason.CLIMB, 3, 2)), offers);
        assertEquals("social:3:climb", offers.get(0).key());
    }

    @Test
    void theLargestSizeWithThreeDoneIsTheOneClimbedFrom() {
        List<GoalMark> marks = with(threeDone(GoalCategory.STUDY, 1), done(GoalCategory.STUDY, 2, 3),
                done(GoalCategory.STUDY, 2, 8), done(GoalCategory.STUDY, 2, 10), done(GoalCategory.STUDY, 2, 14));

        assertEquals(List.of(new LadderOffer(GoalCategory.STUDY, 3, Reason.CLIMB, 4, 2)),
                LadderRule.offers(marks, GOOD_WEEK, TODAY));
    }

    @Test
    void twoStepsOfOneSizeAreNotYetARun() {
        List<GoalMark> marks = List.of(done(GoalCategory.SOCIAL, 2, 4), done(GoalCategory.SOCIAL, 2, 10),
                done(GoalCategory.SOCIAL, 1, 11));

        assertEquals(List.of(), LadderRule.offers(marks, GOOD_WEEK, TODAY));
    }

    @Test
    void noClimbWhenTheNextSizeIsAlreadyDone() {
        assertEquals(List.of(), LadderRule.offers(with(threeDone(GoalCategory.SOCIAL, 2),
                done(GoalCategory.SOCIAL, 3, 13)), GOOD_WEEK, TODAY));
        assertEquals(List.of(), LadderRule.offers(with(threeDone(GoalCategory.SOCIAL, 2),
                done(GoalCategory.SOCIAL, 4, 6)), GOOD_WEEK, TODAY));
    }

    @Test
    void aBiggerStepOnlyPartlyDoneOrInAnotherCategoryStillLeavesTheOffer() {
        List<GoalMark> marks = with(threeDone(GoalCategory.SOCIAL, 2),
                mark(GoalCategory.SOCIAL, 3, GoalOutcome.PARTLY, march(13)), done(GoalCategory.WORK, 4, 13));

        assertEquals(List.of(new LadderOffer(GoalCategory.SOCIAL, 3, Reason.CLIMB, 3, 2)),
                LadderRule.offers(marks, GOOD_WEEK, TODAY));
    }

    @Test
    void nothingIsOfferedPastTheLargestSize() {
        assertEquals(List.of(), LadderRule.offers(threeDone(GoalCategory.MOVEMENT, 5), GOOD_WEEK, TODAY));
        assertEquals(List.of(new LadderOffer(GoalCategory.MOVEMENT, 5, Reason.CLIMB, 3, 4)),
                LadderRule.offers(threeDone(GoalCategory.MOVEMENT, 4), GOOD_WEEK, TODAY));
    }

    @Test
    void stepsOutsideTheFourteenDaysAreLeftOut() {
        GoalMark firstDayOfWindow = done(GoalCategory.JOY, 1, 1);
        GoalMark dayBefore = mark(GoalCategory.JOY, 1, GoalOutcome.DONE, LocalDate.of(2026, 2, 28));
        GoalMark tomorrow = done(GoalCategory.JOY, 1, 15);
        List<GoalMark> two = List.of(done(GoalCategory.JOY, 1, 6), done(GoalCategory.JOY, 1, 14));

        assertEquals(List.of(), LadderRule.offers(with(two, dayBefore, tomorrow), GOOD_WEEK, TODAY));
        assertEquals(List.of(new LadderOffer(GoalCategory.JOY, 2, Reason.CLIMB, 3, 1)),
                LadderRule.offers(with(two, firstDayOfWindow, dayBefore), GOOD_WEEK, TODAY));
    }

    @Test
    void partlyDoneStepsDoNotCountTowardsClimbing() {
        List<GoalMark> marks = List.of(done(GoalCategory.SOCIAL, 2, 3), done(GoalCategory.SOCIAL, 2, 9),
                mark(GoalCategory.SOCIAL, 2, GoalOutcome.PARTLY, march(12)));

        assertEquals(List.of(), LadderRule.offers(marks, GOOD_WEEK, TODAY));
    }

    @Test
    void aLowMoodWeekOffersOneSizeDownInsteadOfClimbing() {
        List<GoalMark> marks = with(threeDone(GoalCategory.MOVEMENT, 2).subList(0, 2),
                done(GoalCategory.MOVEMENT, 2, 4),
                done(GoalCategory.SOCIAL, 3, 9), done(GoalCategory.SOCIAL, 2, 12),
                mark(GoalCategory.STUDY, 1, GoalOutcome.SKIPPED, march(10)));
        // 3.0 and 5.0 make 4.0, which is low enough; the day without a check-in does not pull it either way
        List<DaySummary> days = List.of(day(9, 3.0), day(10, null), day(11, 5.0));

        assertEquals(List.of(new LadderOffer(GoalCategory.STUDY, 1, Reason.LOW_MOOD, 0, 1),
                        new LadderOffer(GoalCategory.SOCIAL, 2, Reason.LOW_MOOD, 0, 3)),
                LadderRule.offers(marks, days, TODAY));
        assertEquals(List.of(new LadderOffer(GoalCategory.MOVEMENT, 3, Reason.CLIMB, 3, 2)),
                LadderRule.offers(marks, List.of(day(9, 3.0), day(11, 5.2)), TODAY));
    }

    @Test
    void threeSkipsThisWeekOfferSmallerStepsAndSayHowMany() {
        List<GoalMark> marks = List.of(
                mark(GoalCategory.WORK, 3, GoalOutcome.SKIPPED, march(8)),
                mark(GoalCategory.WORK, 3, GoalOutcome.SKIPPED, march(11)),
                done(GoalCategory.WORK, 4, 12),
                mark(GoalCategory.JOY, 2, GoalOutcome.SKIPPED, march(13)));

        assertEquals(List.of(new LadderOffer(GoalCategory.WORK, 3, Reason.SKIPPED, 3, 4),
                        new LadderOffer(GoalCategory.JOY, 1, Reason.SKIPPED, 3, 2)),
                LadderRule.offers(marks, GOOD_WEEK, TODAY));
    }

    @Test
    void aSkipBeforeThisWeekDoesNotMakeItAHardWeek() {
        List<GoalMark> marks = with(threeDone(GoalCategory.SOCIAL, 1),
                mark(GoalCategory.WORK, 3, GoalOutcome.SKIPPED, march(7)),
                mark(GoalCategory.WORK, 3, GoalOutcome.SKIPPED, march(9)),
                mark(GoalCategory.WORK, 3, GoalOutcome.LET_GO, march(10)),
                mark(GoalCategory.WORK, 3, GoalOutcome.SKIPPED, march(11)));

        // two skips this week, one the week before and a step let go: not yet a hard week
        assertEquals(List.of(new LadderOffer(GoalCategory.SOCIAL, 2, Reason.CLIMB, 3, 1)),
                LadderRule.offers(marks, GOOD_WEEK, TODAY));
    }

    @Test
    void oneLowDayIsNotAHardWeek() {
        List<DaySummary> days = List.of(day(8, null), day(10, 1.0), day(12, null));
        // a low day from before the week is left out too
        List<DaySummary> withOlder = List.of(new DaySummary(march(7), 1, 1.0), day(10, 1.0));

        assertEquals(List.of(new LadderOffer(GoalCategory.SOCIAL, 3, Reason.CLIMB, 3, 2)),
                LadderRule.offers(threeDone(GoalCategory.SOCIAL, 2), days, TODAY));
        assertEquals(List.of(new LadderOffer(GoalCategory.SOCIAL, 3, Reason.CLIMB, 3, 2)),
                LadderRule.offers(threeDone(GoalCategory.SOCIAL, 2), withOlder, TODAY));
    }

    @Test
    void climbsComeInCategoryOrderAndAtMostThree() {
        List<GoalMark> marks = new ArrayList<>();
        marks.addAll(threeDone(GoalCategory.JOY, 1));
        marks.addAll(threeDone(GoalCategory.WORK, 2));
        marks.addAll(threeDone(GoalCategory.SELF_CARE, 3));
        marks.addAll(threeDone(GoalCategory.STUDY, 1));

        List<LadderOffer> offers = LadderRule.offers(marks, GOOD_WEEK, TODAY);

        assertEquals(LadderRule.MAX_OFFERS, offers.size());
        assertEquals(List.of(new LadderOffer(GoalCategory.SELF_CARE, 4, Reason.CLIMB, 3, 3),
                new LadderOffer(GoalCategory.STUDY, 2, Reason.CLIMB, 3, 1),
                new LadderOffer(GoalCategory.WORK, 3, Reason.CLIMB, 3, 2)), offers);
    }

    @Test
    void smallerStepsComeInCategoryOrderAndAtMostThree() {
        List<GoalMark> marks = List.of(
                mark(GoalCategory.JOY, 2, GoalOutcome.SKIPPED, march(9)),
                mark(GoalCategory.SOCIAL, 3, GoalOutcome.SKIPPED, march(10)),
                mark(GoalCategory.MOVEMENT, 2, GoalOutcome.SKIPPED, march(11)),
                done(GoalCategory.SELF_CARE, 1, 12));

        List<LadderOffer> offers = LadderRule.offers(marks, GOOD_WEEK, TODAY);

        assertEquals(List.of(new LadderOffer(GoalCategory.SELF_CARE, 1, Reason.SKIPPED, 3, 1),
                new LadderOffer(GoalCategory.MOVEMENT, 1, Reason.SKIPPED, 3, 2),
                new LadderOffer(GoalCategory.SOCIAL, 2, Reason.SKIPPED, 3, 3)), offers);
    }

    @Test
    void aFreshJournalHasNoOffers() {
        assertEquals(List.of(), LadderRule.offers(List.of(), List.of(), TODAY));
        assertEquals(List.of(), LadderRule.offers(List.of(), GOOD_WEEK, TODAY));
    }

    @Test
    void aHardWeekWithoutStepsOffersOneTinySelfCareStep() {
        List<GoalMark> earlier = List.of(done(GoalCategory.WORK, 3, 2), done(GoalCategory.WORK, 3, 4));
        List<DaySummary> low = List.of(day(8, 2.0), day(12, 4.0));

        assertEquals(List.of(new LadderOffer(GoalCategory.SELF_CARE, 1, Reason.LOW_MOOD, 0, 1)),
                LadderRule.offers(earlier, low, TODAY));
    }
}
