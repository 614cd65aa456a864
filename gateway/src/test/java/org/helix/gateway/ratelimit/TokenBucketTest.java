package org.helix.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The token bucket on a hand-driven clock. */
class TokenBucketTest {

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
}
