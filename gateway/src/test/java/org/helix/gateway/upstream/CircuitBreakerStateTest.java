package org.helix.gateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The circuit breaker's states on a hand-driven clock (the gateway's use of it: {@code CircuitBreakerTest}). */
class CircuitBreakerStateTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void breakerOpensProbesAndCloses() {
        AtomicLong now = new AtomicLong();
        CircuitBreaker breaker = new CircuitBreaker("x", 3, 10 * SECOND, now::get);
        CircuitBreaker.Permit normal = breaker.tryAcquire();
        breaker.onFailure(normal);
        breaker.onFailure(normal);
        breaker.onSuccess(normal); // a success in between starts the count again
        breaker.onFailure(normal);
        breaker.onFailure(normal);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        breaker.onFailure(normal);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());

        now.addAndGet(4 * SECOND);
        CircuitBreaker.Permit refused = breaker.tryAcquire();
        assertFalse(refused.allowed());
        assertEquals(6 * SECOND, refused.retryAfterNanos());

        now.addAndGet(6 * SECOND);
        CircuitBreaker.Permit probe = breaker.tryAcquire();
        assertTrue(probe.allowed() && probe.probe());
        assertFalse(breaker.tryAcquire().allowed(), "one probe at a time");
        breaker.onFailure(probe);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state(), "a failed probe opens it again");

        now.addAndGet(10 * SECOND);
        CircuitBreaker.Permit abandoned = breaker.tryAcquire();
        breaker.onAbandoned(abandoned); // the client left: the next request probes instead
        CircuitBreaker.Permit second = breaker.tryAcquire();
        assertTrue(second.probe());
        breaker.onSuccess(second);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire().allowed());
    }
}
