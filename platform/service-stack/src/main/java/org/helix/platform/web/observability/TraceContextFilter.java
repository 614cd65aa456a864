package org.helix.platform.web.observability;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Takes the request's W3C trace context (or starts a trace) right after its request id: see {@link TraceContext}. */
@Singleton
public class TraceContextFilter {

    void register(@Observes Filters filters) {
        filters.register(context -> {
            TraceContext.enter(context.request().getHeader(TraceContext.TRACEPARENT),
                    context.request().getHeader(TraceContext.TRACESTATE));
            context.next();
        }, 999);
    }
}
