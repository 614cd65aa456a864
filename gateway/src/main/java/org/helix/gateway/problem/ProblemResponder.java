package org.helix.gateway.problem;

import org.helix.gateway.telemetry.RequestIds;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
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

    /**
     * Answers a request at the edge, before its body (if any) was read: a request without a body keeps its
     * connection; one with a body has the connection closed after the answer, so the body is never read.
     */
    public static void sendBeforeBody(RoutingContext ctx, ProblemType type, String detail) {
        HttpServerRequest request = ctx.request();
        if (request.version() != HttpVersion.HTTP_2 && mayHaveBody(request)) {
            closeConnectionAfterResponse(ctx);
        } else {
            request.resume(); // lets the (empty) end of the request through, so the connection can serve the next one
        }
        send(ctx, type, detail);
    }

    /**
     * Makes the connection close once the response is out: for answers given while the request body is still
     * unread, so the rest of it is never read.
     */
    public static void closeConnectionAfterResponse(RoutingContext ctx) {
        if (ctx.request().version() == HttpVersion.HTTP_2) {
            return; // one stream is reset on its own; the connection carries other streams
        }
        ctx.response().headers().set(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        ctx.addEndHandler(done -> ctx.request().connection().close());
    }

    private static boolean mayHaveBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
