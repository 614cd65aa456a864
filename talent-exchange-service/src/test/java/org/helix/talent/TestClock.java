package org.helix.talent;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock the talent exchange service runs on in tests: the system clock plus an offset a test moves forward, so
 * deadlines and schedules are tested without waiting. Its producer replaces the platform's {@code @DefaultBean}
 * clock. A test that advances it must {@link #reset()} it afterwards: every test class shares the application.
 */
@Singleton
@Typed(TestClock.class)
public class TestClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset;

    public TestClock() {
        this(Clock.systemUTC(), new AtomicReference<>(Duration.ZERO));
    }

    private TestClock(Clock system, AtomicReference<Duration> offset) {
        this.system = system;
        this.offset = offset;
    }

    @Produces
    @Dependent
    Clock clock() {
        return this;
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
        return zone.equals(getZone()) ? this : new TestClock(system.withZone(zone), offset);
    }
}
