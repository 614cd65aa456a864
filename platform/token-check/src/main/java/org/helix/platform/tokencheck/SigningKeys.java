package org.helix.platform.tokencheck;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helix.platform.edge.PublishedKeys;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.Set;

/**
 * The realm's published signing keys ({@link PublishedKeys}) in a service: read every
 * {@code helix.security.jwks.refresh-interval} and, for a token naming a key not seen yet, on demand (at most once per
 * {@code helix.security.jwks.min-refresh-interval}). Nothing is read at start-up: the first token does it.
 */
@Singleton
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final PublishedKeys keys;

    public SigningKeys(TokenCheckConfig config, Clock clock,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        TokenCheckConfig.Jwks jwks = config.jwks();
        this.keys = new PublishedKeys(jwks.url().map(java.net.URI::create)
                .orElse(PublishedKeys.keycloakJwksUrl(authServerUrl)), jwks.minRefreshInterval(), jwks.timeout(), clock);
    }

    /** Whether a token verified earlier with this key may still be trusted (the realm has not removed the key). */
    public boolean stillPublished(String keyId) {
        return keys.isPublished(keyId);
    }

    /**
     * Whether the realm publishes this key, reading the keys again (off the event loop) if it is not known yet and
     * the last read is long enough ago. Fails with {@link TokenCheckUnavailableException} if they cannot be read.
     */
    public Uni<Boolean> isPublished(String keyId, Vertx vertx) {
        if (keys.isPublished(keyId)) {
            return Uni.createFrom().item(true);
        }
        if (!keys.mayLearnMore()) {
            return keys.lastReadFailed() ? Uni.createFrom().failure(unavailable(null))
                    : Uni.createFrom().item(false);
        }
        // the read blocks (or waits for the one under way): on a worker; its result comes back on the request's context
        return Uni.createFrom().completionStage(() -> vertx.<Boolean>executeBlocking(() -> {
            try {
                return keys.publishesAfterReading(keyId);
            } catch (PublishedKeys.Unavailable e) {
                throw unavailable(e);
            }
        }, false).toCompletionStage());
    }

    @Scheduled(every = "${helix.security.jwks.refresh-interval:5m}", delayed = "${helix.security.jwks.refresh-interval:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "helix-jwks-refresh")
    void scheduledRead() {
        try {
            Set<String> now = keys.read();
            LOG.debugf("The realm publishes the signing keys %s", now);
        } catch (PublishedKeys.Unavailable e) {
            LOG.warnf("Could not read the realm's signing keys from %s; the keys read before stay in force: %s",
                    keys.url(), e.getCause());
        }
    }

    private static TokenCheckUnavailableException unavailable(Throwable cause) {
        return new TokenCheckUnavailableException("The realm's signing keys cannot be read", cause);
    }
}
