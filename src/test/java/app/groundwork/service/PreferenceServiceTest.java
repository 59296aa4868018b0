package app.groundwork.service;

import static app.groundwork.service.JournalFixture.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.groundwork.domain.JournalPreferences;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferenceServiceTest {
    @TempDir
    Path dataDir;

    @Test
    void aNewJournalRemindsOfWho5EveryTwoWeeksAndNothingElse() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            JournalPreferences preferences = session.preferences().load().join();
            assertEquals(14, preferences.scheduleDays("who5"));
            assertEquals(0, preferences.scheduleDays("phq9"));
            assertTrue(preferences.nudgeAllowedOn(TODAY));
        }
    }

    @Test
    void changesAreKeptInTheJournalAcrossSessions() {
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            session.preferences().hideNudgeUntil(TODAY.plusDays(7)).join();
            session.preferences().setSchedule("who5", 0).join();
            session.preferences().setSchedule("rses", 900).join();
        }
        try (JournalSession session = JournalFixture.openSession(dataDir)) {
            JournalPreferences preferences = session.preferences().load().join();
            assertEquals(Optional.of(TODAY.plusDays(7)), preferences.nudgeHiddenUntil());
            assertFalse(preferences.nudgeAllowedOn(TODAY.plusDays(6)));
            assertTrue(preferences.nudgeAllowedOn(TODAY.plusDays(7)));
            assertEquals(0, preferences.scheduleDays("who5"));
            assertEquals(JournalPreferences.LONGEST_SCHEDULE, preferences.scheduleDays("rses"));
        }
    }

    @Test
    void unreadableStoredValuesCountAsUnset() {
        JournalPreferences read = PreferenceService.read(Map.of("nudge.hiddenUntil", "soon", "schedule.who5", "often"));
        assertEquals(Optional.empty(), read.nudgeHiddenUntil());
        assertEquals(14, read.scheduleDays("who5"));
    }
}
