package app.groundwork.service;

import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.BodySignalMark;
import app.groundwork.domain.Bucket;
import app.groundwork.domain.CheckInContent;
import app.groundwork.domain.DateRange;
import app.groundwork.domain.DayValue;
import app.groundwork.domain.EmotionRating;
import app.groundwork.domain.EntryType;
import app.groundwork.domain.GoalCategory;
import app.groundwork.domain.GoalOutcome;
import app.groundwork.domain.GoalPlan;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.NamedCount;
import app.groundwork.domain.PeriodCount;
import app.groundwork.domain.ProgressData;
import app.groundwork.domain.ReframeContent;
import app.groundwork.domain.SelfTalkPoint;
import app.groundwork.domain.TrapChoice;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressServiceTest {
    @TempDir
    Path dataDir;
    private JournalSession session;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static CheckInContent checkIn(LocalDate date, LocalTime time, int mood, Integer selfTrust,
                                          List<EmotionRating> emotions, List<BodySignalMark> signals) {
        return new CheckInContent(date, time, mood, selfTrust, 3, 7.0, emotions, signals, List.of(), "", List.of());
    }

    @Test
    void aFreshJournalHasAnEmptyRangeOfJustToday() {
        DateRange all = session.progress().allTime().join();
        assertEquals(new DateRange(TODAY, TODAY), all);

        ProgressData data = session.progress().load(all).join();
        assertTrue(data.empty());
        assertEquals(List.of(), data.mood());
        assertEquals(0, data.reframes().done());
        assertEquals(0, data.goals().wins());
        assertEquals(List.of(), data.selfTalk());
    }

    @Test
    void dailyMeansAndTheTrailingWeekAreFiguredPerDayNotPerCheckIn() {
        LocalDate first = TODAY.minusDays(9);
        session.checkIns().saveAll(List.of(
                // before the range: counted in the first days' trailing mean only
                checkIn(first.minusDays(2), LocalTime.of(9, 0), 2, null, List.of(), List.of()),
                checkIn(first, LocalTime.of(9, 0), 4, 6, List.of(EmotionRating.known("shame", 80)), List.of()),
                checkIn(first, LocalTime.of(20, 0), 6, 4, List.of(EmotionRating.known("shame", 40),
                        EmotionRating.custom("gutted", 90)), List.of(BodySignalMark.known("tight-chest"))),
                checkIn(TODAY, LocalTime.of(9, 0), 8, null, List.of(EmotionRating.known("relief", 60)), List.of()))).join();

        ProgressData data = session.progress().load(new DateRange(first, TODAY)).join();

        assertEquals(List.of(new DayValue(first, 5.0), new DayValue(TODAY, 8.0)), data.mood());
        assertEquals(List.of(new DayValue(first, 3.5), new DayValue(TODAY, 8.0)), data.moodRolling(),
                "the day before the range counts in the first trailing week; nine days later it has dropped out");
        assertEquals(List.of(new DayValue(first, 5.0)), data.selfTrust(), "self-trust only where it was given");
        assertEquals(new NamedCount("shame", false, 2, 60.0), data.emotions().get(0));
        assertTrue(data.emotions().contains(new NamedCount("gutted", true, 1, 90.0)));
        assertEquals(List.of(new NamedCount("tight-chest", false, 1, null)), data.bodySignals());
        assertEquals(3, data.entries().get(EntryType.CHECKIN), "the check-in before the range is not counted");
        assertEquals(Bucket.DAY, data.bucket());
        assertFalse(data.empty());
    }

    @Test
    void trapsAreCountedPerPeriodAndReframesGiveTheirDrops() {
        ReframeContent record = new ReframeContent("The exam", "I always fail", List.of(EmotionRating.known("shame", 80)), 90,
                List.of(TrapChoice.known("all-or-nothing", false), TrapChoice.custom("Doom scrolling")), "", "", "",
                "One exam is one exam.", List.of(EmotionRating.known("shame", 50)), 40, null);
        session.reframes().finish(null, record).join();
        session.reframes().finish(null, record).join();

        ProgressData data = session.progress().load(new DateRange(TODAY.minusDays(60), TODAY)).join();

        assertEquals(Bucket.WEEK, data.bucket());
        LocalDate monday = Bucket.WEEK.start(TODAY);
        assertEquals(List.of(new PeriodCount(monday, "Doom scrolling", 2), new PeriodCount(monday, "all-or-nothing", 2)),
                data.traps());
        assertEquals(2, data.reframes().done());
        assertEquals(2, data.reframeDrops().size());
        assertEquals(50.0, data.reframeDrops().get(0).beliefDrop());
        assertEquals(30.0, data.reframeDrops().get(0).distressDrop());
    }

    @Test
    void goalsAndSelfAssessmentsOfTheRangeAreIncluded() {
        var walk = session.goals().add(GoalPlan.of("Walk", GoalCategory.MOVEMENT, 1)).join().entry();
        session.goals().mark(walk.id(), GoalOutcome.DONE).join();
        session.assessments().save(Instrument.WHO5, List.of(3, 3, 3, 3, 3)).join();

        ProgressData data = session.progress().load(new DateRange(TODAY.minusDays(6), TODAY)).join();

        assertEquals(1, data.goals().wins());
        assertEquals(1, data.assessments().get(Instrument.WHO5).size());
        assertNull(data.assessments().get(Instrument.PHQ9), "instruments without results in the range are left out");
        assertEquals(1, data.entries().get(EntryType.GOAL));
        assertEquals(1, data.entries().get(EntryType.ASSESSMENT));
    }

    @Test
    void theWholeJournalStartsOnItsFirstDay() {
        session.checkIns().saveAll(List.of(checkIn(TODAY.minusDays(400), LocalTime.NOON, 5, 5, List.of(), List.of()))).join();
        assertEquals(new DateRange(TODAY.minusDays(400), TODAY), session.progress().allTime().join());
        assertEquals(Bucket.MONTH, session.progress().load(session.progress().allTime().join()).join().bucket());
    }

    @Test
    void theSelfTalkMeterReadsThePersonsOwnNotesPerPeriod() {
        session.checkIns().saveAll(List.of(
                JournalFixture.checkIn(TODAY.minusDays(1), 3, "I'm such an idiot, I froze again."),
                JournalFixture.checkIn(TODAY, 6, "I did my best today and that is enough."))).join();

        ProgressData data = session.progress().load(new DateRange(TODAY.minusDays(6), TODAY)).join();

        assertEquals(List.of(new SelfTalkPoint(TODAY.minusDays(1), 1, 0, 1), new SelfTalkPoint(TODAY, 0, 1, 1)), data.selfTalk());
    }
}
