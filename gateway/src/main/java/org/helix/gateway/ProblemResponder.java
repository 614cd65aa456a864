package org.helix.gateway;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes RFC 9457 {@code application/problem+json} answers: {type, title, status, detail, instance, requestId}. */
public final class ProblemResponder {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponder() {
    }

    /**
     * Answers with the problem unless a response is already under way (then there is nothing left to tell the
     * client but the broken connection, which the caller handles).
     *
     * @return whether the problem was written
     */
    public static boolean send(RoutingContext ctx, ProblemType type, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return false;
        }
        String requestId = RequestIds.of(ctx);
        JsonObject body = new JsonObject()
                .put("type", type.uri())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail)
                .put("instance", ctx.request().path());
        if (requestId != null) {
            body.put("requestId", requestId);
            response.headers().set(RequestIds.HEADER, requestId);
        }
        response.setStatusCode(type.status());
        response.headers()
                .remove(HttpHeaders.TRANSFER_ENCODING)
                .set(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .set(HttpHeaders.CACHE_CONTROL, "no-store");
        response.end(body.encode());
        return true;
    }
}
