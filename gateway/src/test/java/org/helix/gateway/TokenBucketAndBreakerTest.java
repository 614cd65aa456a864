package org.helix.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Plain unit tests of the token bucket and the circuit breaker on a hand-driven clock. */
class TokenBucketAndBreakerTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void bucketAllowsItsBurstThenRefillsAtItsRate() {
        TokenBucket bucket = new TokenBucket(3, 0.5, 0);
        assertEquals(2, bucket.take(0).remaining());
        assertEquals(1, bucket.take(0).remaining());
        TokenBucket.Take last = bucket.take(0);
        assertTrue(last.allowed());
        assertEquals(0, last.remaining());
        assertEquals(6, last.resetSeconds(), "3 tokens at 0.5/s");

        TokenBucket.Take refused = bucket.take(0);
        assertFalse(refused.allowed());
        assertEquals(2, refused.retryAfterSeconds(), "one token takes 2 s");
        assertFalse(bucket.take(SECOND).allowed(), "half a token is not enough");
        assertTrue(bucket.take(2 * SECOND).allowed());
        assertFalse(bucket.isFull(2 * SECOND));
        assertTrue(bucket.isFull(100 * SECOND));
        assertEquals(2, bucket.take(100 * SECOND).remaining(), "never more than the burst");
    }

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

    @Test
    void tokenShapeCheckAcceptsOnlyCompactJws() {
        assertTrue(EdgeTokenCheck.looksLikeJwt("eyJh.eyJz.c2ln"));
        assertFalse(EdgeTokenCheck.looksLikeJwt("eyJh.eyJz."));
        assertFalse(EdgeTokenCheck.looksLikeJwt("eyJh..c2ln"));
        assertFalse(EdgeTokenCheck.looksLikeJwt("eyJh.eyJz.c2ln.x"));
        assertFalse(EdgeTokenCheck.looksLikeJwt("eyJh.eyJz.c2l+"));
    }

    @Test
    void accessLogDurationsAndGeneratedRequestIdsAreWellFormed() {
        assertEquals("0.000", AccessLogHandler.millis(0));
        assertEquals("1.005", AccessLogHandler.millis(1_005_999));
        assertEquals("12.340", AccessLogHandler.millis(12_340_000));
        String id = RequestIds.acceptOrGenerate(null);
        assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
        assertFalse(id.equals(RequestIds.acceptOrGenerate(null)));
    }
}
