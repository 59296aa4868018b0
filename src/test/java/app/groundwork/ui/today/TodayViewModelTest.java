package app.groundwork.ui.today;

import static app.groundwork.service.JournalFixture.CLOCK;
import static app.groundwork.service.JournalFixture.TODAY;
import static app.groundwork.service.JournalFixture.checkIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.content.ContentLibrary;
import app.groundwork.domain.LowMoodRule;
import app.groundwork.insight.TodayCardPicker;
import app.groundwork.service.JournalFixture;
import app.groundwork.service.JournalSession;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayViewModelTest {
    private static final ContentLibrary CONTENT = ContentLibrary.loadBundled();

    @TempDir
    Path dataDir;
    private JournalSession session;
    private TodayViewModel today;

    @BeforeEach
    void open() {
        session = JournalFixture.openSession(dataDir);
        today = new TodayViewModel(session.checkIns(), session.journal(), new TodayCardPicker(CONTENT),
                session.preferences(), Runnable::run, CLOCK);
    }

    @AfterEach
    void close() {
        session.close();
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
    void theGreetingFollowsTheTimeOfDay() {
        assertEquals("today.greeting.morning", TodayViewModel.greetingKey(LocalTime.of(7, 0)));
        assertEquals("today.greeting.afternoon", TodayViewModel.greetingKey(LocalTime.of(13, 0)));
        assertEquals("today.greeting.evening", TodayViewModel.greetingKey(LocalTime.of(21, 0)));
        assertEquals("today.greeting.night", TodayViewModel.greetingKey(LocalTime.of(2, 0)));
    }
}
