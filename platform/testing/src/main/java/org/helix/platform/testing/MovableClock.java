package org.helix.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset a test moves forward, so deadlines and schedules are tested without waiting. A
 * service's tests make it their application's clock with a few lines (its producer replaces the platform's
 * {@code @DefaultBean} clock):
 * <pre>
 * &#64;Singleton &#64;Typed(TestClock.class)
 * public class TestClock extends MovableClock {
 *     &#64;Produces &#64;Dependent
 *     Clock clock() { return this; }
 * }
 * </pre>
 * A test that advances it must {@link #reset()} it afterwards: every test class shares the application.
 */
public class MovableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset;

    public MovableClock() {
        this(Clock.systemUTC(), new AtomicReference<>(Duration.ZERO));
    }

    private MovableClock(Clock system, AtomicReference<Duration> offset) {
        this.system = system;
        this.offset = offset;
    }

    /** Moves the clock forward (or back, with a negative amount) by {@code amount}, on top of earlier moves. */
    public void advance(Duration amount) {
        offset.updateAndGet(current -> current.plus(amount));
    }

    /** Back to the system time. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    /** A view in another zone that follows the same offset. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new MovableClock(system.withZone(zone), offset);
    }
}
