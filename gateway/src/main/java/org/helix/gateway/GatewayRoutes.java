package org.helix.gateway;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helix.gateway.openapi.OpenApiDocument;
import org.helix.gateway.problem.ApiFailureHandler;
import org.helix.gateway.proxy.BodySizeGuard;
import org.helix.gateway.proxy.ProxyHandler;
import org.helix.gateway.ratelimit.RateLimitHandler;
import org.helix.gateway.ratelimit.RateLimiter;
import org.helix.gateway.security.CorsHandler;
import org.helix.gateway.security.EdgeTokenCheck;
import org.helix.gateway.telemetry.AccessLogHandler;
import org.helix.gateway.telemetry.GatewayMetrics;
import org.helix.gateway.telemetry.RequestIdHandler;
import org.helix.gateway.upstream.ApiPath;
import org.helix.gateway.upstream.UpstreamHttpClient;
import org.helix.gateway.upstream.UpstreamRegistry;

import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;

/**
 * Registers the gateway's routes on the Quarkus HTTP router.
 * <p>
 * {@code /api/*}, first route (ordered before the HTTP server's own body-size check), in this order:
 * {@link RequestIdHandler} → {@link AccessLogHandler} (route name, metrics tag, access log) → {@link CorsHandler}
 * (preflights answered here) → {@link EdgeTokenCheck} (401) → {@link RateLimitHandler} (429) →
 * {@link BodySizeGuard} (413); second route: {@link ProxyHandler} (circuit breaker, then the exchange).
 * Also {@value OpenApiDocument#PATH} (merged OpenAPI, with CORS) and {@code /swagger-ui} (a redirect to
 * Swagger UI at {@code /q/swagger-ui}).
 */
@ApplicationScoped
public class GatewayRoutes {

    /** Before the HTTP server's own body-size check, so an oversized body gets a problem answer, not a bare 413. */
    static final int ORDER_EDGE = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1;
    static final String API_ROUTE = ApiPath.PREFIX + "*";

    private final UpstreamRegistry registry;
    private final UpstreamHttpClient client;
    private final GatewayConfig config;
    private final GatewayMetrics metrics;
    private final TenantIdentityProvider identities;
    private final Vertx vertx;
    private final Optional<MemorySize> maxBodySize;

    public GatewayRoutes(UpstreamRegistry registry, UpstreamHttpClient client, GatewayConfig config,
            GatewayMetrics metrics, TenantIdentityProvider identities, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.registry = registry;
        this.client = client;
        this.config = config;
        this.metrics = metrics;
        this.identities = identities;
        this.vertx = vertx;
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Router router) {
        long maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        ApiFailureHandler failureHandler = new ApiFailureHandler();
        CorsHandler cors = new CorsHandler(config.cors());

        Route edge = router.route(API_ROUTE).order(ORDER_EDGE)
                .handler(new RequestIdHandler())
                .handler(new AccessLogHandler(registry, config.accessLog().enabled()))
                .handler(cors);
        if (config.auth().enabled()) {
            edge.handler(new EdgeTokenCheck(identities, metrics, config.auth()));
        }
        if (config.rateLimit().enabled()) {
            RateLimiter limiter = new RateLimiter(config.rateLimit(), System::nanoTime);
            vertx.setPeriodic(config.rateLimit().sweepInterval().toMillis(), id -> limiter.sweep());
            edge.handler(new RateLimitHandler(limiter, metrics));
        }
        edge.handler(new BodySizeGuard(maxBodyBytes)).failureHandler(failureHandler);
        router.route(API_ROUTE)
                .handler(new ProxyHandler(registry, client, metrics))
                .failureHandler(failureHandler);

        OpenApiDocument openApi = new OpenApiDocument(registry, client.get(), config.openapi());
        router.route(OpenApiDocument.PATH).handler(cors).handler(openApi).failureHandler(failureHandler);
        router.route("/swagger-ui").handler(ctx -> ctx.response().setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, "/q/swagger-ui/").end());
    }
}
