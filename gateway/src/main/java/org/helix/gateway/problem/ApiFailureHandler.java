package org.helix.gateway.problem;

import org.helix.gateway.telemetry.RequestIds;
import org.jboss.logging.Logger;

import io.vertx.ext.web.RoutingContext;

/** Last resort for {@code /api/*}: an unexpected failure becomes a 500 problem, never a stack trace. */
public class ApiFailureHandler implements io.vertx.core.Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ApiFailureHandler.class);

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            ProblemResponder.closeConnectionAfterResponse(ctx);
            ProblemResponder.send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the gateway accepts.");
            return;
        }
        LOG.errorf(ctx.failure(), "Unexpected failure on %s %s (request %s)", ctx.request().method(),
                ctx.request().path(), RequestIds.of(ctx));
        if (!ProblemResponder.send(ctx, ProblemType.INTERNAL_ERROR,
                "The gateway failed to handle the request. Quote the request id when reporting it.")) {
            ctx.response().reset();
        }
    }
}
