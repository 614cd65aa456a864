package org.helix.incubation;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.helix.platform.testing.MovableClock;

import java.time.Clock;

/** The clock the incubation service runs on in tests (a {@link MovableClock}), in place of the platform's default. */
@Singleton
@Typed(TestClock.class)
public class TestClock extends MovableClock {

    @Produces
    @Dependent
    Clock clock() {
        return this;
    }
}
