package org.helix.gateway.telemetry;

import org.jboss.logging.MDC;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * First gateway handler on {@code /api/*}: holds the request body back until the proxy is ready to stream it,
 * and assigns the request id (kept when the client sent one, generated otherwise), echoing it in the response
 * and putting it in the logging MDC.
 */
public class RequestIdHandler implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext ctx) {
        // Nothing may read the body before the proxy pipes it upstream; the pipe resumes the request.
        ctx.request().pause();
        String requestId = RequestIds.acceptOrGenerate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(RequestIds.CONTEXT_KEY, requestId);
        ctx.response().putHeader(RequestIds.HEADER, requestId);
        MDC.put(RequestIds.CONTEXT_KEY, requestId);
        ctx.next();
    }
}
