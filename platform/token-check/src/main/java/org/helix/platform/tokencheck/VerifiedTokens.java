package org.helix.platform.tokencheck;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Tokens this service has verified in full, by {@link org.helix.platform.edge.TokenDigest}, each until its {@code exp}: a repeated token costs
 * a SHA-256 and a map lookup instead of JSON parsing and an RSA signature check. Bounded by
 * {@code helix.security.token-cache.max-size}. Only successes are kept; a refused token is checked again each time.
 */
@Singleton
public class VerifiedTokens {

    /** A verified token's identity, when it expires and which key signed it. */
    public record Verified(SecurityIdentity identity, long expiresAtEpochSecond, String keyId) {
    }

    private final Cache<String, Verified> cache;
    private final Clock clock;

    public VerifiedTokens(TokenCheckConfig config, Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.tokenCache().maxSize())
                .expireAfter(new Expiry<String, Verified>() {
                    @Override
                    public long expireAfterCreate(String digest, Verified verified, long currentTime) {
                        long seconds = verified.expiresAtEpochSecond() - clock.instant().getEpochSecond();
                        return TimeUnit.SECONDS.toNanos(Math.max(0, seconds));
                    }

                    @Override
                    public long expireAfterUpdate(String digest, Verified verified, long currentTime,
                            long currentDuration) {
                        return expireAfterCreate(digest, verified, currentTime);
                    }

                    @Override
                    public long expireAfterRead(String digest, Verified verified, long currentTime,
                            long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
        Gauge.builder("helix.security.verified.tokens", cache, Cache::estimatedSize)
                .description("Verified tokens remembered by digest until they expire")
                .register(registry);
    }

    /** The remembered verdict, or null if the token was not verified here or has expired since. */
    public Verified find(String digest) {
        Verified verified = cache.getIfPresent(digest);
        if (verified == null) {
            return null;
        }
        if (verified.expiresAtEpochSecond() <= clock.instant().getEpochSecond()) {
            cache.invalidate(digest); // the cache's own expiry may lag by a moment: exp decides
            return null;
        }
        return verified;
    }

    public void remember(String digest, Verified verified) {
        if (verified.expiresAtEpochSecond() > clock.instant().getEpochSecond()) {
            cache.put(digest, verified);
        }
    }

    public void forget(String digest) {
        cache.invalidate(digest);
    }

    public long size() {
        return cache.estimatedSize();
    }
}
