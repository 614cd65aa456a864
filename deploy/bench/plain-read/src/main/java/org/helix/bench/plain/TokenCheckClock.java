package org.helix.bench.plain;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The clock the platform's token check asks for, in the token-check build (a service gets it from the service stack).
 * The plain build has no bean that needs it, so Quarkus removes it there.
 */
@ApplicationScoped
public class TokenCheckClock {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
