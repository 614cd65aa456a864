package org.helix.gateway.proxy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.helix.gateway.problem.ProblemResponder;
import org.helix.gateway.problem.ProblemType;
import org.helix.gateway.telemetry.RequestIds;
import org.helix.gateway.upstream.CircuitBreaker;
import org.helix.gateway.upstream.ProxySettings;
import org.helix.gateway.upstream.Upstream;
import org.helix.gateway.upstream.UpstreamRoute;
import org.jboss.logging.Logger;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;

/**
 * One request passed through to an upstream and its response passed back, both bodies streamed (piped with
 * back-pressure, never buffered whole). All callbacks run on the incoming request's event loop, so the state
 * needs no locking.
 *
 * <pre>
 * CONNECTING --connected--> FORWARDING --response head--> RELAYING --body done--> DONE
 *      \--connect failed: 503      \--timeout: 504, broken: 502, body too large: 413
 * </pre>
 */
final class ProxyExchange {

    private static final Logger LOG = Logger.getLogger(ProxyExchange.class);

    /** Headers of the incoming request the gateway sets itself instead of copying. */
    private static final HeaderNames REPLACED_REQUEST_HEADERS = HeaderNames.of(
            "host", "x-request-id", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host");
    /** The gateway owns CORS and rate-limit headers: an upstream's own never reach the client. */
    private static final HeaderNames REPLACED_RESPONSE_HEADERS = HeaderNames.of(List.of("x-request-id"),
            List.of("access-control-", "ratelimit-"));
    private static final int NO_RESPONSE = -1;
    private static final Set<HttpMethod> USUALLY_WITHOUT_BODY = Set.of(
            HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.DELETE, HttpMethod.TRACE);

    private enum State { CONNECTING, FORWARDING, RELAYING, DONE }

    private final RoutingContext ctx;
    private final HttpServerRequest inbound;
    private final Upstream upstream;
    private final HttpClient client;
    private final ProxySettings settings;
    private final String requestId;
    private final CircuitBreaker breaker;
    private final CircuitBreaker.Permit permit;
    private boolean breakerTold;

    private State state = State.CONNECTING;
    private HttpClientRequest upstreamRequest;

    ProxyExchange(RoutingContext ctx, UpstreamRoute route, HttpClient client, CircuitBreaker breaker,
            CircuitBreaker.Permit permit) {
        this.ctx = ctx;
        this.inbound = ctx.request();
        this.upstream = route.upstream();
        this.client = client;
        this.settings = route.settings();
        this.requestId = RequestIds.of(ctx);
        this.breaker = breaker;
        this.permit = permit;
    }

    /** Tells the breaker once what this exchange showed about the upstream: status, -1 for failure, 0 for nothing. */
    private void tellBreaker(int outcome) {
        if (breaker == null || breakerTold) {
            return;
        }
        breakerTold = true;
        if (outcome == NO_RESPONSE || outcome == 502 || outcome == 503 || outcome == 504) {
            breaker.onFailure(permit);
        } else if (outcome == 0) {
            breaker.onAbandoned(permit);
        } else {
            breaker.onSuccess(permit);
        }
    }

    void start() {
        // no headers in the options: the client would copy them into the request once more; they are written
        // straight into the upstream request once it exists (forward)
        RequestOptions options = new RequestOptions()
                .setMethod(inbound.method())
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setURI(upstream.target(inbound.uri()))
                .setConnectTimeout(settings.connectTimeoutMillis());

        ctx.addEndHandler(done -> {
            if (done.failed()) {
                clientWentAway();
            }
            tellBreaker(0); // no-op when the outcome was already told
        });
        client.request(options).onComplete(connected -> {
            if (connected.succeeded()) {
                forward(connected.result());
            } else {
                upstreamUnreachable(connected.cause());
            }
        });
    }

    private void forward(HttpClientRequest request) {
        upstreamRequest = request;
        if (state == State.DONE) { // the client left while we were connecting
            abandonUpstream(null);
            return;
        }
        state = State.FORWARDING;
        MultiMap headers = request.headers();
        HopByHopHeaders.copyEndToEnd(inbound.headers(), headers, REPLACED_REQUEST_HEADERS);
        ForwardedHeaders.apply(inbound, headers);
        headers.set(RequestIds.HEADER, requestId);
        if (hasBodyWithoutLength()) {
            request.setChunked(true);
        }
        request.response().onComplete(answered -> {
            if (answered.succeeded()) {
                relay(answered.result());
            } else {
                upstreamFailedBeforeResponse(answered.cause());
            }
        });
        new BodyLimitReadStream(inbound, settings.maxBodyBytes())
                .pipe()
                .endOnFailure(false) // a failed body must never reach the upstream as a complete (truncated) one
                .to(request)
                .onComplete(sent -> {
                    if (sent.succeeded()) {
                        // from here on the upstream owes us data: a response head, then body chunks
                        request.idleTimeout(settings.responseTimeoutMillis());
                    } else {
                        requestBodyFailed(sent.cause());
                    }
                });
    }

    private boolean hasBodyWithoutLength() {
        if (inbound.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            return false;
        }
        if (inbound.version() == HttpVersion.HTTP_2) {
            return !USUALLY_WITHOUT_BODY.contains(inbound.method());
        }
        return inbound.headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true);
    }

    private void relay(HttpClientResponse response) {
        if (state == State.DONE) {
            abandonUpstream(null);
            return;
        }
        state = State.RELAYING;
        tellBreaker(response.statusCode());
        HttpServerResponse outbound = ctx.response();
        outbound.setStatusCode(response.statusCode());
        if (response.statusMessage() != null) {
            outbound.setStatusMessage(response.statusMessage());
        }
        HopByHopHeaders.copyEndToEnd(response.headers(), outbound.headers(), REPLACED_RESPONSE_HEADERS);
        outbound.headers().set(RequestIds.HEADER, requestId);
        if (!response.headers().contains(HttpHeaders.CONTENT_LENGTH) && mayHaveBody(response.statusCode())) {
            outbound.setChunked(true);
        }
        response.pipe()
                .endOnFailure(false) // a broken upstream body must show as a broken response, not a short one
                .to(outbound)
                .onComplete(relayed -> {
                    state = State.DONE;
                    if (relayed.failed()) {
                        LOG.warnf("Response from %s broke off while streaming (request %s): %s",
                                upstream.name(), requestId, relayed.cause().toString());
                        abandonUpstream(null);
                        outbound.reset();
                    } else if (!inbound.isEnded() && inbound.version() != HttpVersion.HTTP_2) {
                        // the upstream answered without reading the whole body: do not keep reading it
                        inbound.connection().close();
                    }
                });
    }

    private boolean mayHaveBody(int status) {
        return status >= 200 && status != 204 && status != 304 && inbound.method() != HttpMethod.HEAD;
    }

    private void upstreamUnreachable(Throwable cause) {
        if (state == State.DONE) {
            return;
        }
        state = State.DONE;
        tellBreaker(NO_RESPONSE);
        LOG.warnf("Upstream %s unreachable (request %s): %s", upstream, requestId, cause.toString());
        inbound.resume(); // read and drop the body nobody will get
        ctx.response().headers().set(HttpHeaders.RETRY_AFTER, "5");
        ProblemResponder.send(ctx, ProblemType.UPSTREAM_UNAVAILABLE,
                "The " + upstream.name() + " service cannot be reached right now. Try again later.");
    }

    private void requestBodyFailed(Throwable cause) {
        if (cause instanceof PayloadTooLargeException tooLarge) {
            // DONE before the reset: on the same event loop the reset fails the response future at once, and that
            // failure must not be answered as a broken upstream (502)
            State before = state;
            state = State.DONE;
            abandonUpstream(null);
            if (before == State.FORWARDING) {
                ProblemResponder.closeConnectionAfterResponse(ctx);
                ProblemResponder.send(ctx, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than the gateway accepts (" + tooLarge.limit() + " bytes).");
            } else if (before == State.RELAYING) {
                ctx.response().reset();
            }
            return;
        }
        // The client went away mid-body or the upstream connection broke: abandon the upstream request; if the
        // client is still there, the failed response below answers it.
        LOG.debugf("Request body to %s failed (request %s): %s", upstream.name(), requestId, cause);
        if (ctx.response().closed()) {
            state = State.DONE; // the client's side broke: nothing to answer, and not the upstream's fault
        }
        abandonUpstream(cause);
    }

    private void upstreamFailedBeforeResponse(Throwable cause) {
        if (state != State.FORWARDING) {
            return;
        }
        state = State.DONE;
        tellBreaker(NO_RESPONSE);
        if (!inbound.isEnded()) {
            ProblemResponder.closeConnectionAfterResponse(ctx);
        }
        if (cause instanceof TimeoutException) {
            LOG.warnf("Upstream %s did not answer within %d ms (request %s)",
                    upstream.name(), settings.responseTimeoutMillis(), requestId);
            ProblemResponder.send(ctx, ProblemType.UPSTREAM_TIMEOUT, "The " + upstream.name()
                    + " service did not answer within " + settings.responseTimeoutMillis() + " ms.");
        } else if (connectionLost(cause)) {
            // a service killed or restarting mid-request: it is unavailable for now, and the client may retry
            LOG.warnf("Upstream %s went away before answering (request %s): %s", upstream.name(), requestId,
                    cause.toString());
            ctx.response().headers().set(HttpHeaders.RETRY_AFTER, "5");
            ProblemResponder.send(ctx, ProblemType.UPSTREAM_UNAVAILABLE, "The " + upstream.name()
                    + " service went away before answering (restarting?). Try again later.");
        } else {
            LOG.warnf("Upstream %s failed before answering (request %s): %s", upstream.name(), requestId,
                    cause.toString());
            ProblemResponder.send(ctx, ProblemType.BAD_GATEWAY,
                    "The " + upstream.name() + " service closed the exchange without a valid answer.");
        }
    }

    /** The connection closed or reset under the exchange, as opposed to an answer that could not be read. */
    private static boolean connectionLost(Throwable cause) {
        for (Throwable failure = cause; failure != null; failure = failure.getCause()) {
            if (failure instanceof HttpClosedException || failure instanceof java.net.SocketException) {
                return true;
            }
            String message = failure.getMessage();
            if (failure instanceof java.io.IOException && message != null
                    && (message.contains("reset") || message.contains("closed"))) {
                return true;
            }
            if (failure.getCause() == failure) {
                break;
            }
        }
        return false;
    }

    private void clientWentAway() {
        if (state == State.DONE) {
            return;
        }
        state = State.DONE;
        abandonUpstream(null);
    }

    /** Resets the upstream exchange (HTTP/1.1: closes that pooled connection); the failure it causes is expected. */
    private void abandonUpstream(Throwable cause) {
        if (upstreamRequest == null) {
            return;
        }
        upstreamRequest.exceptionHandler(failure -> LOG.debugf("Upstream %s exchange abandoned (request %s): %s",
                upstream.name(), requestId, failure));
        if (cause == null) {
            upstreamRequest.reset();
        } else {
            upstreamRequest.reset(0, cause);
        }
    }
}
