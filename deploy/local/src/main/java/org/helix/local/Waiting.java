package org.helix.local;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits until another service has applied an event (the demo's cross-service steps): checked every 100 ms, a local
 * HTTP read, so a step goes on as soon as the event is there; gives up after 90 s naming what it waited for.
 */
final class Waiting {

    private static final Duration AT_MOST = Duration.ofSeconds(90);
    private static final Duration EVERY = Duration.ofMillis(100);

    private Waiting() {
    }

    static void until(String what, BooleanSupplier condition) {
        Awaitility.await(what).atMost(AT_MOST).pollDelay(Duration.ZERO).pollInterval(EVERY)
                .until(condition::getAsBoolean);
    }
}
