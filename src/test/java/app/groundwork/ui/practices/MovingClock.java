package app.groundwork.ui.practices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it on; safe to read from the FX thread while a test moves it. */
final class MovingClock extends Clock {
    private static final Instant START = Instant.parse("2026-03-14T18:30:00Z");
    private volatile long millis;

    void advance(Duration by) {
        millis += by.toMillis();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return START.plusMillis(millis);
    }
}
