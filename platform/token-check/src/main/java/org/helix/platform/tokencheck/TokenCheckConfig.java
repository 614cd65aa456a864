package org.helix.platform.tokencheck;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** {@code helix.security.*}: how verified tokens are remembered and how the realm's signing keys are followed. */
@ConfigMapping(prefix = "helix.security")
public interface TokenCheckConfig {

    TokenCache tokenCache();

    Jwks jwks();

    interface TokenCache {
        /** Verified tokens remembered at most (by SHA-256 digest); the least used are dropped first. */
        @WithDefault("10000")
        int maxSize();
    }

    interface Jwks {
        /**
         * Where the realm publishes its signing keys; by default Keycloak's certs endpoint under
         * {@code quarkus.oidc.auth-server-url}.
         */
        Optional<String> url();

        /** How often the published keys are read again: a key removed from the realm is refused within this. */
        @WithDefault("5m")
        Duration refreshInterval();

        /** A token naming a key not yet seen makes the keys be read again, at most this often. */
        @WithDefault("10s")
        Duration minRefreshInterval();

        /** Timeout of one read of the key set. */
        @WithDefault("3s")
        Duration timeout();
    }
}
