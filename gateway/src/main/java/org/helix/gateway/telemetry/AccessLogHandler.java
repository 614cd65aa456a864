package org.helix.gateway.telemetry;

import java.util.logging.Level;

import org.helix.gateway.security.Caller;
import org.helix.gateway.security.EdgeTokenCheck;
import org.helix.gateway.upstream.ApiPath;
import org.helix.gateway.upstream.UpstreamRegistry;
import org.helix.gateway.upstream.UpstreamRoute;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Names the route of an API request for the metrics ({@code uri="/api/{service}/**"}, or {@code /api/*} for no known
 * service, so unknown paths cannot blow up the number of series) and writes one access-log record when the exchange
 * ends, on the logger category {@value #CATEGORY}. Its fields are in the record's MDC, so the JSON console log of prod
 * carries them as JSON:
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
    private static final String ROUTE_KEY = "helix.route";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    /** As in records written through jboss-logging, so the log lines look the same. */
    private static final String LOGGER_CLASS_NAME = org.jboss.logging.Logger.class.getName();

    private final UpstreamRegistry registry;
    private final boolean enabled;

    public AccessLogHandler(UpstreamRegistry registry, boolean enabled) {
        this.registry = registry;
        this.enabled = enabled;
    }

    public static String routeOf(RoutingContext ctx) {
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
        if (enabled && LOG.isLoggable(Level.INFO)) {
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
        // The fields go on the record, not through MDC.put/remove: on an event loop every MDC change is a map
        // operation on the Vert.x context, and the record would copy the MDC anyway. Same output.
        ExtLogRecord record = new ExtLogRecord(Level.INFO, method + " " + path + " " + status + " " + duration + " ms",
                ExtLogRecord.FormatStyle.NO_FORMAT, LOGGER_CLASS_NAME);
        record.copyMdc();
        record.putMdc("method", method);
        record.putMdc("route", route);
        record.putMdc("path", path);
        record.putMdc("status", status);
        record.putMdc("durationMs", duration);
        record.putMdc("clientId", caller == null ? "-" : caller.clientId());
        record.putMdc("bytesSent", Long.toString(response.bytesWritten()));
        record.putMdc("completed", Boolean.toString(completed));
        if (requestId != null) {
            record.putMdc(RequestIds.CONTEXT_KEY, requestId);
        }
        LOG.logRaw(record);
    }

    /** Nanoseconds as milliseconds with three decimals ("12.345"), without the cost of String.format. */
    static String millis(long nanos) {
        long micros = Math.max(0, nanos / 1_000);
        long fraction = micros % 1_000;
        return (micros / 1_000) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }
}
