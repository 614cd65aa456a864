package org.helix.platform.web.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

import org.helix.platform.edge.RequestIdRule;

/**
 * Takes the caller's {@code X-Request-Id} (the gateway always sends one) when {@link RequestIdRule} accepts it, or makes one, puts it in the logging
 * context and echoes it in the response. Runs before anything else so even early refusals carry it. The request id is
 * also the {@link Correlation} id of everything the request causes.
 */
@Singleton
public class RequestIdFilter {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            // the gateway's rule: an id it accepted arrives here unchanged and is kept
            String id = RequestIdRule.acceptOrGenerate(context.request().getHeader(RequestIds.HEADER));
            MDC.put(RequestIds.MDC_KEY, id);
            MDC.put(Correlation.MDC_KEY, id);
            context.put(RequestIds.MDC_KEY, id);
            context.response().putHeader(RequestIds.HEADER, id);
            context.next();
        }, 1000);
    }
}
