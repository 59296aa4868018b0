package app.groundwork.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StepTimerTest {
    private static final Instant START = Instant.parse("2026-03-14T18:30:00Z");

    private static Clock at(Duration after) {
        return Clock.fixed(START.plus(after), ZoneOffset.UTC);
    }

    /** A timer whose clock reads {@code now[0]} seconds after {@link #START}. */
    private static final class Moving extends Clock {
        long millis;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return START.plusMillis(millis);
        }
    }

    @Test
    void aTimerNotStartedShowsItsWholeLength() {
        StepTimer timer = StepTimer.ofSeconds(90, at(Duration.ZERO));
        assertEquals(90, timer.remainingSeconds());
        assertFalse(timer.running());
        assertFalse(timer.done());
        assertEquals(0.0, timer.fraction());
    }

    @Test
    void itCountsDownFromTheClockAndRoundsUp() {
        Moving clock = new Moving();
        StepTimer timer = StepTimer.ofSeconds(60, clock);
        timer.start();
        clock.millis = 100;
        assertEquals(60, timer.remainingSeconds(), "a started second still shows until it is over");
        clock.millis = 45_000;
        assertEquals(15, timer.remainingSeconds());
        assertEquals(0.75, timer.fraction(), 1e-9);
        clock.millis = 59_999;
        assertEquals(1, timer.remainingSeconds());
        assertFalse(timer.done());
        clock.millis = 60_000;
        assertEquals(0, timer.remainingSeconds());
        assertTrue(timer.done());
        assertFalse(timer.running(), "a timer that is done no longer runs");
        clock.millis = 500_000;
        assertEquals(0, timer.remainingSeconds(), "never below zero");
        assertEquals(1.0, timer.fraction());
    }

    @Test
    void pausingStopsTheCountAndStartingCarriesOn() {
        Moving clock = new Moving();
        StepTimer timer = StepTimer.ofSeconds(60, clock);
        timer.start();
        clock.millis = 20_000;
        timer.pause();
        clock.millis = 200_000;
        assertEquals(40, timer.remainingSeconds());
        timer.start();
        clock.millis = 210_000;
        assertEquals(30, timer.remainingSeconds());
        timer.start();
        assertEquals(30, timer.remainingSeconds(), "starting a running timer changes nothing");
        timer.reset();
        assertEquals(60, timer.remainingSeconds());
        assertFalse(timer.running());
    }

    @Test
    void aTimerNeedsALength() {
        assertThrows(IllegalArgumentException.class, () -> StepTimer.ofSeconds(0, at(Duration.ZERO)));
    }
}
