package org.helix.gateway.proxy;

import java.util.Optional;
import java.util.stream.Collectors;

import org.helix.gateway.problem.ProblemResponder;
import org.helix.gateway.problem.ProblemType;
import org.helix.gateway.telemetry.GatewayMetrics;
import org.helix.gateway.upstream.ApiPath;
import org.helix.gateway.upstream.CircuitBreaker;
import org.helix.gateway.upstream.Upstream;
import org.helix.gateway.upstream.UpstreamHttpClient;
import org.helix.gateway.upstream.UpstreamRegistry;
import org.helix.gateway.upstream.UpstreamRoute;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Handles {@code /api/{service}/...}: finds the service's upstream, asks its circuit breaker, and proxies the
 * exchange to it.
 */
public class ProxyHandler implements Handler<RoutingContext> {

    private final UpstreamRegistry registry;
    private final UpstreamHttpClient client;
    private final GatewayMetrics metrics;

    public ProxyHandler(UpstreamRegistry registry, UpstreamHttpClient client, GatewayMetrics metrics) {
        this.registry = registry;
        this.client = client;
        this.metrics = metrics;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Optional<String> service = ApiPath.serviceOf(ctx.normalizedPath());
        Optional<UpstreamRoute> route = service.flatMap(registry::route);
        if (route.isEmpty()) {
            ProblemResponder.sendBeforeBody(ctx, ProblemType.UNKNOWN_SERVICE, service
                    .map(name -> "There is no service '" + name + "'.")
                    .orElse("The path names no service.")
                    + " Known services: " + knownServices() + "; paths look like /api/{service}/...");
            return;
        }
        CircuitBreaker breaker = route.get().breaker();
        CircuitBreaker.Permit permit = breaker == null ? CircuitBreaker.Permit.NORMAL : breaker.tryAcquire();
        if (!permit.allowed()) {
            String name = route.get().upstream().name();
            metrics.circuitRejected(name);
            long seconds = Math.max(1, (permit.retryAfterNanos() + 999_999_999L) / 1_000_000_000L);
            ctx.response().headers().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            ProblemResponder.sendBeforeBody(ctx, ProblemType.UPSTREAM_CIRCUIT_OPEN, "The " + name
                    + " service failed repeatedly; the gateway stops sending it requests for a while. Try again in "
                    + seconds + " s.");
            return;
        }
        new ProxyExchange(ctx, route.get(), client.get(), breaker, permit).start();
    }

    private String knownServices() {
        return registry.all().stream().map(Upstream::name).collect(Collectors.joining(", "));
    }
}
