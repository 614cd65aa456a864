package org.helix.platform.tokencheck;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The second half of {@link LazyAuthFailureHandlerFilter}: once a request is in the REST layer, a refused token there
 * (lazy authentication, {@code @Authenticated} or {@code @RolesAllowed}) is mapped by the REST layer's exception
 * mappers. Left in place, the route-failing handler would answer it a second time: the refusal logged twice and an
 * error "Response has already been written" with its stack trace for every refused token. quarkus-rest removes its
 * own handler at this point for the same reason (it checks for its own class, so it leaves this one).
 */
public class RestLayerTakesOverAuthFailures {

    @ServerRequestFilter(preMatching = true)
    void takeOver(RoutingContext context) {
        if (context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) == LazyAuthFailureHandlerFilter.FAIL_THE_ROUTE) {
            context.remove(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        }
    }
}
