package org.helix.gateway;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;

/**
 * Registers the gateway's routes on the Quarkus HTTP router.
 * <p>
 * Later edge features (token check, rate limit, CORS, circuit breaker) slot in as handlers on the first
 * {@code /api/*} route, after {@link RequestIdHandler}, or as decorations of {@link ProxyHandler}.
 */
@ApplicationScoped
public class GatewayRoutes {

    /** Before the HTTP server's own body-size check, so an oversized body gets a problem answer, not a bare 413. */
    static final int ORDER_EDGE = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    static final String API_ROUTE = ApiPath.PREFIX + "*";

    private final UpstreamRegistry registry;
    private final UpstreamHttpClient client;
    private final GatewayConfig config;
    private final Optional<MemorySize> maxBodySize;

    public GatewayRoutes(UpstreamRegistry registry, UpstreamHttpClient client, GatewayConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.registry = registry;
        this.client = client;
        this.config = config;
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Router router) {
        long maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        ProxySettings settings = new ProxySettings(
                config.connectTimeout().toMillis(),
                config.responseTimeout().toMillis(),
                maxBodyBytes);
        ApiFailureHandler failureHandler = new ApiFailureHandler();

        router.route(API_ROUTE).order(ORDER_EDGE)
                .handler(new RequestIdHandler())
                .handler(new BodySizeGuard(maxBodyBytes))
                .failureHandler(failureHandler);
        router.route(API_ROUTE)
                .handler(new ProxyHandler(registry, client.get(), settings))
                .failureHandler(failureHandler);
    }
}
