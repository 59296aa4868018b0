package app.groundwork.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A step's countdown, read from a clock rather than ticked by a thread: whoever shows it asks for
 * {@link #remainingSeconds()} as often as it redraws. It can be paused and started again; it never runs below zero.
 */
public final class StepTimer {
    private final Duration length;
    private final Clock clock;
    private Duration elapsedBefore = Duration.ZERO;
    private Instant runningSince;

    public StepTimer(Duration length, Clock clock) {
        this.length = Objects.requireNonNull(length, "length");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a timer needs a length above zero: " + length);
        }
    }

    /** A timer for {@code seconds} seconds. */
    public static StepTimer ofSeconds(int seconds, Clock clock) {
        return new StepTimer(Duration.ofSeconds(seconds), clock);
    }

    /** Starts it, or carries on after a pause; does nothing while it runs. */
    public void start() {
        if (runningSince == null && !done()) {
            runningSince = clock.instant();
        }
    }

    /** Stops the countdown where it is. */
    public void pause() {
        if (runningSince != null) {
            elapsedBefore = elapsed();
            runningSince = null;
        }
    }

    /** Back to the full length, stopped. */
    public void reset() {
        elapsedBefore = Duration.ZERO;
        runningSince = null;
    }

    public boolean running() {
        return runningSince != null && !done();
    }

    public Duration length() {
        return length;
    }

    /** Time counted so far, at most the length. */
    public Duration elapsed() {
        Duration elapsed = elapsedBefore;
        if (runningSince != null) {
            Duration since = Duration.between(runningSince, clock.instant());
            elapsed = elapsed.plus(since.isNegative() ? Duration.ZERO : since);
        }
        return elapsed.compareTo(length) > 0 ? length : elapsed;
    }

    /** Whole seconds left, rounded up, so a timer shows 1 until its very end and 0 only when done. */
    public long remainingSeconds() {
        Duration remaining = length.minus(elapsed());
        long seconds = remaining.getSeconds();
        return remaining.getNano() > 0 ? seconds + 1 : seconds;
    }

    /** How far it has gone, from 0 to 1. */
    public double fraction() {
        return (double) elapsed().toMillis() / length.toMillis();
    }

    public boolean done() {
        return elapsed().compareTo(length) >= 0;
    }
}
