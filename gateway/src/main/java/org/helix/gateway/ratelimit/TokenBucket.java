package org.helix.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code perSecond}; a request takes
 * one. Time is passed in (nanoTime) so it can be tested without waiting.
 */
final class TokenBucket {

    /** What one take found: whether it passed and what the RateLimit-* headers should say. */
    record Take(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds,
            double perSecond) {
    }

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double perSecond;
    private double tokens;
    private long updated;

    TokenBucket(int capacity, double perSecond, long now) {
        if (capacity < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("a rate-limit budget needs burst >= 1 and per-second > 0");
        }
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.tokens = capacity;
        this.updated = now;
    }

    synchronized Take take(long now) {
        refill(now);
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long retryAfter = allowed ? 0 : ceilSeconds((1 - tokens) / perSecond);
        return new Take(allowed, (int) capacity, (int) Math.floor(tokens), ceilSeconds((capacity - tokens) / perSecond),
                Math.max(1, retryAfter), perSecond);
    }

    /** Gives back a token taken for a request that another bucket then refused. */
    synchronized void refund() {
        tokens = Math.min(capacity, tokens + 1);
    }

    /** Whether a take now would be refused. */
    synchronized boolean isEmpty(long now) {
        refill(now);
        return tokens < 1;
    }

    /** Whether the bucket has refilled completely, i.e. is indistinguishable from a new one. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - updated;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed / NANOS_PER_SECOND * perSecond);
            updated = now;
        }
    }

    private static long ceilSeconds(double seconds) {
        return seconds <= 0 ? 0 : (long) Math.ceil(seconds - 1e-9);
    }
}
