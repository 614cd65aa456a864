package org.helix.platform.tokencheck;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.function.BiConsumer;

/**
 * Keeps Quarkus from building a URL-template matcher of every resource class on each request.
 * <p>
 * With Micrometer or OpenTelemetry present, quarkus-rest adds a route filter right after authentication (priority
 * {@code AUTHENTICATION - 1}) that, while the routing context holds Quarkus' default auth-failure handler, works out
 * the request's URL template (a new {@code RequestMapper} of all resource classes, 9–15 % of an authenticated read's
 * CPU: deploy/bench/REPORT.md, token benchmark) so that a failure of <em>proactive</em> authentication could be
 * tagged with it, and then swaps in a handler that fails the route. Helix services authenticate lazily
 * ({@code quarkus.http.auth.proactive=false}): a refused token surfaces inside the REST layer, which has matched the
 * resource by then and tags the 401 itself (governance's {@code ObservabilityTest} checks both: the metric's
 * {@code uri} of a refused token, and that this handler is the one in place after quarkus-rest's filter).
 * <p>
 * This filter has authentication's priority; registered at run time, it runs after Quarkus' authentication handler of
 * the same priority and before quarkus-rest's filter, and installs the handler quarkus-rest would have swapped in.
 * quarkus-rest takes its own handler out again when a request enters the REST layer, so that a refusal there is
 * answered by the REST layer's exception mappers alone; it does not know this one, so
 * {@link RestLayerTakesOverAuthFailures} does the same for it.
 */
@Singleton
public class LazyAuthFailureHandlerFilter {

    /** What quarkus-rest's own replacement does: fail the route, so the problem+json failure handlers answer. */
    public static final BiConsumer<RoutingContext, Throwable> FAIL_THE_ROUTE = (context, failure) -> {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(context, failure);
        if (!context.failed()) {
            context.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
                context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, FAIL_THE_ROUTE);
            }
            context.next();
        }, SecurityHandlerPriorities.AUTHENTICATION);
    }
}
