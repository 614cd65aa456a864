package org.helix.gateway.ratelimit;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.helix.gateway.GatewayConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One token bucket per client address for requests the edge refuses (no token, a malformed, expired or otherwise
 * refused one): a client that keeps sending them gets 429 instead of 401, and, while its bucket is empty, a new
 * unknown token from that address is not even verified. Requests with a valid token never touch these buckets.
 * At most {@code anonymous-max-addresses} addresses are tracked (least recently seen dropped first), each for as
 * long as its bucket needs to refill, so the map cannot grow without bound.
 */
public final class AnonymousLimiter {

    /** Whether a refused request may still be answered 401, and if not, when to retry. */
    public record Verdict(boolean allowed, long retryAfterSeconds, int burst, double perSecond) {
    }

    private final GatewayConfig.Budget budget;
    private final LongSupplier nanoClock;
    private final Cache<String, TokenBucket> buckets;

    public AnonymousLimiter(GatewayConfig.RateLimit config, LongSupplier nanoClock) {
        this.budget = config.anonymous();
        this.nanoClock = nanoClock;
        new TokenBucket(budget.burst(), budget.perSecond(), 0); // an unusable budget fails at start-up
        long refillSeconds = (long) Math.ceil(budget.burst() / budget.perSecond()) + 1;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(config.anonymousMaxAddresses())
                .expireAfterAccess(Duration.ofSeconds(Math.min(refillSeconds, 3600)))
                .build();
    }

    /** Takes one from the address's bucket: whether this refused request may still be answered 401. */
    public Verdict take(String address) {
        long now = nanoClock.getAsLong();
        TokenBucket.Take take = buckets.get(address, a -> new TokenBucket(budget.burst(), budget.perSecond(), now))
                .take(now);
        return new Verdict(take.allowed(), take.retryAfterSeconds(), budget.burst(), budget.perSecond());
    }

    /** When an exhausted address may try again. */
    public Verdict refusal() {
        return new Verdict(false, Math.max(1, (long) Math.ceil(1 / budget.perSecond())), budget.burst(),
                budget.perSecond());
    }

    /** Whether the address has used up its budget (then a new, unknown token is answered 429 unverified). */
    public boolean isExhausted(String address) {
        TokenBucket bucket = buckets.getIfPresent(address);
        return bucket != null && bucket.isEmpty(nanoClock.getAsLong());
    }

    public long trackedAddresses() {
        return buckets.estimatedSize();
    }
}
