package org.helix.platform.messaging.inbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(2));

    @Test
    void theDelayDoublesAfterEachFailedAttemptUpToTheMaximum() {
        assertEquals(Duration.ofMillis(200), backoff.delayAfter(1));
        assertEquals(Duration.ofMillis(400), backoff.delayAfter(2));
        assertEquals(Duration.ofMillis(800), backoff.delayAfter(3));
        assertEquals(Duration.ofMillis(1600), backoff.delayAfter(4));
        assertEquals(Duration.ofSeconds(2), backoff.delayAfter(5));
        assertEquals(Duration.ofSeconds(2), backoff.delayAfter(1_000_000));
    }

    @Test
    void aBackoffNeedsAPositiveFirstDelayNotAboveTheMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> backoff.delayAfter(0));
    }
}
