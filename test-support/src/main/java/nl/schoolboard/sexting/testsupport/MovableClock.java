package nl.schoolboard.sexting.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, so that deadlines pass and windows close without sleeping; or one that moves on a
 * little each time it is read ({@link #ticking}), so that every moment it gives is later than the one before.
 */
public final class MovableClock extends Clock {

    private volatile Instant now;
    private final Duration tick;

    public MovableClock(Instant start) {
        this(start, Duration.ZERO);
    }

    private MovableClock(Instant start, Duration tick) {
        this.now = start;
        this.tick = tick;
    }

    /** Moves on {@code tick} each time it is read: "oldest first" is then well defined. */
    public static MovableClock ticking(Instant start, Duration tick) {
        return new MovableClock(start, tick);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
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
    public synchronized Instant instant() {
        if (!tick.isZero()) {
            now = now.plus(tick);
        }
        return now;
    }
}
