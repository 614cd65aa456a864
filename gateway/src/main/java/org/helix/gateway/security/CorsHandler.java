package org.helix.gateway.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.helix.gateway.GatewayConfig;
import org.helix.gateway.problem.ProblemResponder;
import org.helix.gateway.problem.ProblemType;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS for the configured origins only ({@code helix.gateway.cors.*}), with credentials.
 * <ul>
 * <li>No {@code Origin}, or the gateway's own origin (Swagger UI served here): not a cross-origin call, passes.</li>
 * <li>An allowed origin: {@code Access-Control-Allow-Origin} (that origin, never {@code *}),
 * {@code -Allow-Credentials: true}, {@code -Expose-Headers}, {@code Vary: Origin} on every answer, including the
 * gateway's own 401/429/5xx problems, so the page can read them. A preflight is answered here (204), never
 * forwarded.</li>
 * <li>Any other origin: 403 problem, preflight or not, and nothing is forwarded (a browser would hide the answer
 * from the page anyway; refusing also keeps cross-site writes away from the services).</li>
 * </ul>
 */
public class CorsHandler implements Handler<RoutingContext> {

    private static final String REQUEST_METHOD = "Access-Control-Request-Method";
    private static final String REQUEST_HEADERS = "Access-Control-Request-Headers";

    private final Set<String> origins;
    private final Set<String> methods;
    private final String methodsValue;
    private final Set<String> headersLowerCase;
    private final String headersValue;
    private final String exposedValue;
    private final String maxAgeSeconds;

    public CorsHandler(GatewayConfig.Cors config) {
        this.origins = config.origins().stream().map(CorsHandler::trimSlash).collect(Collectors.toSet());
        this.methods = config.methods().stream().map(m -> m.trim().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.methodsValue = String.join(", ", methods);
        List<String> headers = config.headers().stream().map(String::trim).toList();
        this.headersLowerCase = headers.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.headersValue = String.join(", ", headers);
        this.exposedValue = config.exposedHeaders().stream().map(String::trim).collect(Collectors.joining(", "));
        this.maxAgeSeconds = String.valueOf(config.maxAge().toSeconds());
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            ctx.next();
            return;
        }
        HttpServerResponse response = ctx.response();
        response.headers().add(HttpHeaders.VARY, "Origin");
        boolean preflight = request.method() == HttpMethod.OPTIONS && request.getHeader(REQUEST_METHOD) != null;
        if (!origins.contains(trimSlash(origin))) {
            if (!preflight && isSameOrigin(request, origin)) {
                ctx.next();
                return;
            }
            ProblemResponder.sendBeforeBody(ctx, ProblemType.CORS_REJECTED,
                    "Pages from " + printable(origin) + " may not call this API.");
            return;
        }
        response.headers()
                .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .set(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        if (preflight) {
            answerPreflight(ctx, request, response);
            return;
        }
        response.headers().set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposedValue);
        ctx.next();
    }

    private void answerPreflight(RoutingContext ctx, HttpServerRequest request, HttpServerResponse response) {
        String method = request.getHeader(REQUEST_METHOD).trim().toUpperCase(Locale.ROOT);
        if (!methods.contains(method)) {
            ProblemResponder.sendBeforeBody(ctx, ProblemType.CORS_REJECTED,
                    "Method " + printable(method) + " is not allowed cross-origin; allowed: " + methodsValue + ".");
            return;
        }
        String requested = request.getHeader(REQUEST_HEADERS);
        if (requested != null) {
            for (String header : requested.split(",")) {
                String name = header.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !headersLowerCase.contains(name)) {
                    ProblemResponder.sendBeforeBody(ctx, ProblemType.CORS_REJECTED, "Header " + printable(name)
                            + " is not allowed cross-origin; allowed: " + headersValue + ".");
                    return;
                }
            }
        }
        request.resume();
        response.setStatusCode(204)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methodsValue)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headersValue)
                .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAgeSeconds)
                .end();
    }

    /** An Origin equal to the address the request was sent to (scheme and authority) is the gateway's own. */
    private static boolean isSameOrigin(HttpServerRequest request, String origin) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return false;
        }
        String scheme = request.scheme() == null ? "http" : request.scheme();
        int port = authority.port();
        boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String self = scheme + "://" + authority.host() + (defaultPort ? "" : ":" + port);
        return self.equalsIgnoreCase(trimSlash(origin));
    }

    private static String trimSlash(String origin) {
        String trimmed = origin.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static String printable(String value) {
        String cut = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        return cut.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
