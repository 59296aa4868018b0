package app.groundwork.ui.today;

import static app.groundwork.service.JournalFixture.CLOCK;
import static app.groundwork.service.JournalFixture.TODAY;
import static app.groundwork.service.JournalFixture.checkIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.AssessmentScoring;
import app.groundwork.domain.Instrument;
import app.groundwork.domain.LowMoodRule;
import app.groundwork.domain.SavedAssessment;
import app.groundwork.domain.TakenAssessment;
import app.groundwork.insight.TodayCardPicker;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayViewModelTest {
    private static final ContentLibrary CONTENT = ContentLibrary.loadBundled();
    private static final String THERAPY = "Your doctor can refer you, or you can look for a counsellor near you.";

    @TempDir
    Path dataDir;
    private JournalSession session;
    private TodayViewModel today;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        today = new TodayViewModel(session.checkIns(), session.journal(), session.assessments(), new TodayCardPicker(CONTENT),
                session.preferences(), () -> Optional.of(THERAPY), Runnable::run, CLOCK);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aRecentCheckInHeavyWithShameSuggestsTheSelfCompassionLetterAndSaysWhy() {
        today.setPracticeSuggester(session.practices()::suggestFor);
        today.refresh().join();
        assertNull(today.suggestionProperty().get(), "nothing to go on yet");

        // the fixture's check-in names shame at 70
        session.checkIns().save(checkIn(TODAY, 3, "the results came out")).join();
        today.refresh().join();

        assertEquals("self-compassion-letter", today.suggestionProperty().get().practiceId());
        assertEquals("practice.suggest.shame", today.suggestionProperty().get().reasonKey());
    }

    @Test
    void aNewJournalInvitesAFirstCheckIn() {
        today.refresh().join();

        assertEquals("Good evening", today.greetingProperty().get());
        assertEquals(0, today.checkInsTodayProperty().get());
        assertEquals("Your journal is ready. A first check-in takes about a minute.", today.checkInStateProperty().get());
        assertNotNull(today.cardProperty().get());
    }

    @Test
    void afterACheckInTodaySaysSoAndListsIt() {
        session.checkIns().save(checkIn(TODAY, 4, "rough morning")).join();
        session.checkIns().save(checkIn(TODAY, 5, "better after lunch")).join();

        today.refresh().join();

        assertEquals(2, today.checkInsTodayProperty().get());
        assertEquals("You’ve checked in 2 times today. Another is welcome any time.", today.checkInStateProperty().get());
        assertEquals(2, today.recent().size());
    }

    @Test
    void afterSomeDaysAwayTodaySaysWelcomeBackWithoutGuilt() {
        session.checkIns().save(checkIn(TODAY.minusDays(9), 4, "a while ago")).join();

        today.refresh().join();

        assertEquals("Welcome back. It’s good to see you.", today.greetingProperty().get());
        assertEquals("No check-in yet today. Whenever you’re ready.", today.checkInStateProperty().get());
    }

    @Test
    void twoLowWeeksBringAGentleSuggestionThatCanBeHiddenForAWeek() {
        session.checkIns().save(checkIn(TODAY.minusDays(13), 3, "heavy")).join();
        session.checkIns().save(checkIn(TODAY.minusDays(6), 2, "heavy again")).join();
        session.checkIns().save(checkIn(TODAY, 3, "still heavy")).join();

        today.refresh().join();
        assertEquals(LowMoodRule.Reason.LOW_MOOD, today.nudgeProperty().get());
        assertTrue(today.nudgeTextProperty().get().contains("over the last two weeks have mostly been low"));

        today.hideNudge().join();
        assertNull(today.nudgeProperty().get());
        assertEquals(Optional.of(TODAY.plusDays(7)), session.preferences().load().join().nudgeHiddenUntil());
        today.refresh().join();
        assertNull(today.nudgeProperty().get());

        session.preferences().hideNudgeUntil(TODAY).join();
        today.refresh().join();
        assertEquals(LowMoodRule.Reason.LOW_MOOD, today.nudgeProperty().get());
    }

    @Test
    void lowDaysOutsideTheTwoWeeksDoNotCount() {
        session.checkIns().save(checkIn(TODAY.minusDays(14), 1, "older")).join();
        session.checkIns().save(checkIn(TODAY.minusDays(3), 2, "heavy")).join();
        session.checkIns().save(checkIn(TODAY.minusDays(2), 2, "heavy")).join();
        session.checkIns().save(checkIn(TODAY, 6, "lighter")).join();

        today.refresh().join();

        assertNull(today.nudgeProperty().get());
    }

    @Test
    void theLowMoodSuggestionSaysHowToFindTalkingTherapyInTheRegion() {
        session.checkIns().save(checkIn(TODAY.minusDays(10), 2, "heavy")).join();
        session.checkIns().save(checkIn(TODAY.minusDays(5), 3, "heavy")).join();
        session.checkIns().save(checkIn(TODAY, 2, "heavy")).join();

        today.refresh().join();

        assertEquals(LowMoodRule.Reason.LOW_MOOD, today.nudgeProperty().get());
        assertEquals(THERAPY, today.therapyTextProperty().get());
    }

    @Test
    void aRecentPhq9OfTenOrMoreBringsTheSuggestionEvenOnBrighterDays() {
        session.checkIns().save(checkIn(TODAY.minusDays(2), 7, "fine")).join();
        session.checkIns().save(checkIn(TODAY.minusDays(1), 8, "fine")).join();
        session.checkIns().save(checkIn(TODAY, 7, "fine")).join();
        session.assessments().saveAll(List.of(new TakenAssessment(Instrument.PHQ9, TODAY.minusDays(13), LocalTime.NOON,
                List.of(2, 2, 1, 1, 1, 1, 1, 1, 0)))).join();

        today.refresh().join();

        assertEquals(LowMoodRule.Reason.PHQ9, today.nudgeProperty().get());
        assertTrue(today.nudgeTextProperty().get().contains("PHQ-9"), today.nudgeTextProperty().get());
        assertEquals(THERAPY, today.therapyTextProperty().get());
    }

    @Test
    void aPhq9FromTwoWeeksAgoOrUnderTenBringsNoSuggestion() {
        session.assessments().saveAll(List.of(new TakenAssessment(Instrument.PHQ9, TODAY.minusDays(14), LocalTime.NOON,
                List.of(3, 3, 3, 3, 3, 3, 3, 3, 0)))).join();
        today.refresh().join();
        assertNull(today.nudgeProperty().get(), "two weeks old counts as past");
        assertEquals("", today.therapyTextProperty().get());

        session.assessments().save(Instrument.PHQ9, List.of(1, 1, 1, 1, 1, 1, 1, 2, 0)).join();
        today.refresh().join();
        assertNull(today.nudgeProperty().get(), "9 is under the threshold, and the latest result counts");

        session.assessments().save(Instrument.PHQ9, List.of(2, 1, 1, 1, 1, 1, 1, 2, 0)).join();
        today.refresh().join();
        assertEquals(LowMoodRule.Reason.PHQ9, today.nudgeProperty().get());
    }

    @Test
    void recentMeansTheSameTwoWeeksAsTheMoodWindow() {
        SavedAssessment thirteenDaysAgo = new SavedAssessment(1, TODAY.minusDays(13), LocalTime.NOON,
                AssessmentScoring.score(Instrument.PHQ9, List.of(2, 2, 2, 2, 2, 0, 0, 0, 0)));
        SavedAssessment fourteenDaysAgo = new SavedAssessment(2, TODAY.minusDays(14), LocalTime.NOON, thirteenDaysAgo.score());

        assertEquals(OptionalInt.of(10), TodayViewModel.recentPhq9(Map.of(Instrument.PHQ9, thirteenDaysAgo), TODAY));
        assertEquals(OptionalInt.empty(), TodayViewModel.recentPhq9(Map.of(Instrument.PHQ9, fourteenDaysAgo), TODAY));
        assertEquals(OptionalInt.empty(), TodayViewModel.recentPhq9(Map.of(), TODAY));
    }

    @Test
    void dueSelfAssessmentsAreListedWithAGentleLineEach() {
        today.refresh().join();
        assertEquals(List.of(Instrument.WHO5), instrumentsDue(), "the WHO-5 reminder is on from the start");
        assertEquals("Time for your WHO-5 — about two minutes on how the last two weeks have felt.",
                today.reminders().get(0).text());

        session.preferences().setSchedule("gad7", 28).join();
        session.preferences().setSchedule("rses", 91).join();
        today.refresh().join();
        assertEquals(List.of(Instrument.WHO5, Instrument.GAD7, Instrument.RSES), instrumentsDue());

        session.assessments().save(Instrument.WHO5, List.of(3, 3, 3, 3, 4)).join();
        session.assessments().saveAll(List.of(new TakenAssessment(Instrument.GAD7, TODAY.minusDays(28), LocalTime.NOON,
                List.of(1, 1, 1, 1, 1, 1, 1)))).join();
        today.refresh().join();
        assertEquals(List.of(Instrument.GAD7, Instrument.RSES), instrumentsDue(), "a GAD-7 four weeks old is due again");

        session.preferences().setSchedule("gad7", 0).join();
        session.preferences().setSchedule("rses", 0).join();
        today.refresh().join();
        assertEquals(List.of(), instrumentsDue());
    }

    private List<Instrument> instrumentsDue() {
        return today.reminders().stream().map(TodayViewModel.Reminder::instrument).toList();
    }

    @Test
    void theGreetingFollowsTheTimeOfDay() {
        assertEquals("today.greeting.morning", TodayViewModel.greetingKey(LocalTime.of(7, 0)));
        assertEquals("today.greeting.afternoon", TodayViewModel.greetingKey(LocalTime.of(13, 0)));
        assertEquals("today.greeting.evening", TodayViewModel.greetingKey(LocalTime.of(21, 0)));
        assertEquals("today.greeting.night", TodayViewModel.greetingKey(LocalTime.of(2, 0)));
    }
}
