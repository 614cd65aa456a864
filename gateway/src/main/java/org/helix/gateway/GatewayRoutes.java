package org.helix.gateway;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helix.gateway.chain.CorrelationChainHandler;
import org.helix.gateway.openapi.OpenApiDocument;
import org.helix.gateway.problem.ApiFailureHandler;
import org.helix.gateway.proxy.BodySizeGuard;
import org.helix.gateway.proxy.ProxyHandler;
import org.helix.gateway.ratelimit.AnonymousLimiter;
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

import org.helix.platform.edge.PublishedKeys;
import org.jboss.logging.Logger;

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
 * {@link BodySizeGuard} (413); then {@link CorrelationChainHandler} for {@code GET /api/admin/correlations/{id}}
 * (every service's part of one chain of work) and, for everything else, {@link ProxyHandler} (circuit breaker, then
 * the exchange).
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
    private final String authServerUrl;
    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    public GatewayRoutes(UpstreamRegistry registry, UpstreamHttpClient client, GatewayConfig config,
            GatewayMetrics metrics, TenantIdentityProvider identities, Vertx vertx,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.authServerUrl = authServerUrl;
        this.registry = registry;
        this.client = client;
        this.config = config;
        this.metrics = metrics;
        this.identities = identities;
        this.vertx = vertx;
        this.maxBodySize = maxBodySize;
    }

    /** The realm's published key ids, read every jwks-refresh-interval off the event loop (first by the first token). */
    private PublishedKeys publishedKeys() {
        GatewayConfig.Auth auth = config.auth();
        PublishedKeys keys = new PublishedKeys(PublishedKeys.keycloakJwksUrl(authServerUrl),
                auth.jwksMinRefreshInterval(), auth.jwksTimeout(), Clock.systemUTC());
        vertx.setPeriodic(auth.jwksRefreshInterval().toMillis(), id -> vertx.executeBlocking(() -> keys.read(), false)
                .onFailure(failure -> LOG.warnf("Could not read the realm's signing keys from %s; the keys read "
                        + "before stay in force: %s", keys.url(), failure.getCause())));
        return keys;
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
            AnonymousLimiter anonymous = null;
            if (config.rateLimit().enabled()) {
                anonymous = new AnonymousLimiter(config.rateLimit(), System::nanoTime);
                metrics.registerAnonymousAddresses(anonymous::trackedAddresses);
            }
            edge.handler(new EdgeTokenCheck(identities, metrics, config.auth(), publishedKeys(), anonymous));
        }
        if (config.rateLimit().enabled()) {
            RateLimiter limiter = new RateLimiter(config.rateLimit(), System::nanoTime);
            vertx.setPeriodic(config.rateLimit().sweepInterval().toMillis(), id -> limiter.sweep());
            edge.handler(new RateLimitHandler(limiter, metrics));
        }
        edge.handler(new BodySizeGuard(maxBodyBytes)).failureHandler(failureHandler);
        router.get(CorrelationChainHandler.PATH)
                .handler(new CorrelationChainHandler(registry, client.get()))
                .failureHandler(failureHandler);
        router.route(API_ROUTE)
                .handler(new ProxyHandler(registry, client, metrics))
                .failureHandler(failureHandler);

        OpenApiDocument openApi = new OpenApiDocument(registry, client.get(), config.openapi());
        router.route(OpenApiDocument.PATH).handler(cors).handler(openApi).failureHandler(failureHandler);
        router.route("/swagger-ui").handler(ctx -> ctx.response().setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, "/q/swagger-ui/").end());
    }
}
