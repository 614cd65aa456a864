package org.helix.governance.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Test-only route filter right after quarkus-rest's auth-failure filter ({@code AUTHENTICATION - 1}): remembers which
 * auth-failure handler a request carries from there on, so a test can tell whether quarkus-rest replaced it (and
 * worked out the URL template on the way) or found the platform's already in place.
 */
@Singleton
public class AuthFailureHandlerProbe {

    public static final String PROBED_HEADER = "X-Probe-Auth-Failure-Handler";

    private final AtomicReference<Object> lastSeen = new AtomicReference<>();

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (context.request().getHeader(PROBED_HEADER) != null) {
                lastSeen.set(context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER));
            }
            context.next();
        }, SecurityHandlerPriorities.AUTHENTICATION - 2);
    }

    public Object lastSeen() {
        return lastSeen.get();
    }
}
