package org.helix.gateway;

import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Names the route of an API request for the metrics ({@code uri="/api/{service}/**"}, or {@code /api/*} for no known
 * service, so unknown paths cannot blow up the number of series) and writes one access-log record when the exchange
 * ends, on the logger category {@value #CATEGORY}. Its fields are in the MDC, so the JSON console log of prod carries
 * them as JSON:
 * <pre>
 * {"loggerName":"helix.access","message":"GET /api/governance/meetings 200 1.234 ms",
 *  "mdc":{"method":"GET","route":"/api/governance/**","path":"/api/governance/meetings","status":"200",
 *         "durationMs":"1.234","clientId":"partner-school","requestId":"...","bytesSent":"512","completed":"true"},...}
 * </pre>
 * No query string (it may carry personal search terms), no tokens.
 */
public class AccessLogHandler implements Handler<RoutingContext> {

    public static final String CATEGORY = "helix.access";
    /** Where Quarkus' HTTP server metrics look for the route template to tag a request with. */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    static final String UNKNOWN_ROUTE = ApiPath.PREFIX + "*";
    /** The MDC keys of an access-log record (besides {@code requestId}, which every gateway log record has). */
    public static final List<String> FIELDS = List.of("method", "route", "path", "status", "durationMs", "clientId",
            "bytesSent", "completed");
    private static final String ROUTE_KEY = "helix.route";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final UpstreamRegistry registry;
    private final boolean enabled;

    public AccessLogHandler(UpstreamRegistry registry, boolean enabled) {
        this.registry = registry;
        this.enabled = enabled;
    }

    static String routeOf(RoutingContext ctx) {
        String route = ctx.get(ROUTE_KEY);
        return route == null ? UNKNOWN_ROUTE : route;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        String route = ApiPath.serviceOf(ctx.normalizedPath()).flatMap(registry::route)
                .map(UpstreamRoute::template).orElse(UNKNOWN_ROUTE);
        ctx.put(ROUTE_KEY, route);
        ContextLocals.put(URL_PATH_TEMPLATE, route);
        if (enabled && LOG.isInfoEnabled()) {
            ctx.addEndHandler(done -> log(ctx, route, started, done.succeeded()));
        }
        ctx.next();
    }

    private static void log(RoutingContext ctx, String route, long started, boolean completed) {
        HttpServerResponse response = ctx.response();
        Caller caller = EdgeTokenCheck.callerOf(ctx);
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        String status = Integer.toString(response.getStatusCode());
        String duration = millis(System.nanoTime() - started);
        String requestId = RequestIds.of(ctx);
        MDC.put("method", method);
        MDC.put("route", route);
        MDC.put("path", path);
        MDC.put("status", status);
        MDC.put("durationMs", duration);
        MDC.put("clientId", caller == null ? "-" : caller.clientId());
        MDC.put("bytesSent", Long.toString(response.bytesWritten()));
        MDC.put("completed", Boolean.toString(completed));
        if (requestId != null) {
            MDC.put(RequestIds.CONTEXT_KEY, requestId);
        }
        try {
            LOG.info(method + " " + path + " " + status + " " + duration + " ms");
        } finally {
            FIELDS.forEach(MDC::remove);
        }
    }

    /** Nanoseconds as milliseconds with three decimals ("12.345"), without the cost of String.format. */
    static String millis(long nanos) {
        long micros = Math.max(0, nanos / 1_000);
        long fraction = micros % 1_000;
        return (micros / 1_000) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }
}
