package org.helix.gateway.proxy;

import org.helix.gateway.problem.ProblemResponder;
import org.helix.gateway.problem.ProblemType;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Rejects a request whose declared Content-Length is over {@code quarkus.http.limits.max-body-size} with a
 * 413 problem before any of its body is read (the HTTP server would answer 413 with an empty body); bodies
 * without a length are counted while they stream ({@link BodyLimitReadStream}).
 */
public class BodySizeGuard implements Handler<RoutingContext> {

    private final long limit;

    public BodySizeGuard(long limit) {
        this.limit = limit;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && isOverLimit(declared)) {
            ProblemResponder.closeConnectionAfterResponse(ctx);
            ProblemResponder.send(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than the gateway accepts (" + limit + " bytes).");
            return;
        }
        ctx.next();
    }

    private boolean isOverLimit(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec rejects malformed lengths itself
        }
    }
}
