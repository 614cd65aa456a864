package org.helix.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helix.gateway.upstream.CircuitBreaker;
import org.helix.platform.edge.EdgeLimits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Typed gateway configuration, prefix {@code helix.gateway}.
 * <p>
 * Every upstream is one property, {@code helix.gateway.upstream.<service>=<base url>}, so an environment
 * variable overrides it, e.g. {@code HELIX_GATEWAY_UPSTREAM_TALENT_EXCHANGE=http://talent-exchange-service:8080}.
 */
@ConfigMapping(prefix = "helix.gateway")
public interface GatewayConfig {

    /** Service name (the {@code {service}} segment of {@code /api/{service}/...}) → base URL of its upstream. */
    Map<String, URI> upstream();

    /** How long to wait for a connection to an upstream (TCP connect, and waiting for a pooled connection). */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * How long to wait for the upstream's response once the request has been sent; the same bound applies to
     * a pause while its response body is streaming.
     */
    @WithDefault("30s")
    Duration responseTimeout();

    /** Keep-alive connections pooled per upstream (HTTP/1.1). */
    @WithDefault("100")
    int maxConnectionsPerUpstream();

    /** Timeout of one upstream probe made by the readiness check. */
    @WithDefault("2s")
    Duration healthProbeTimeout();

    /**
     * Per-upstream timeouts, {@code helix.gateway.timeouts.<service>.connect|response}; a service without an
     * entry uses {@link #connectTimeout()} and {@link #responseTimeout()}.
     */
    Map<String, UpstreamTimeouts> timeouts();

    Auth auth();

    RateLimit rateLimit();

    CircuitBreaker circuitBreaker();

    Cors cors();

    OpenApi openapi();

    AccessLog accessLog();

    interface UpstreamTimeouts {
        Optional<Duration> connect();

        Optional<Duration> response();
    }

    /** The token check at the edge; the token rules themselves are quarkus-oidc's ({@code quarkus.oidc.*}). */
    interface Auth {
        /** Off only for a gateway behind another authenticating proxy; services still check tokens themselves. */
        @WithDefault("true")
        boolean enabled();

        /** How many verified tokens are remembered (until each expires), so a repeated token costs a map lookup. */
        @WithDefault("20000")
        int verifiedTokenCacheSize();

        /** The longest Authorization header value accepted before verification is even tried. */
        @WithDefault("" + EdgeLimits.MAX_TOKEN_LENGTH)
        int maxTokenLength();

        /**
         * How many refused tokens are remembered (by SHA-256, for 5 minutes), so a client repeating a bad token costs
         * a lookup; small, so anonymous traffic cannot pin memory.
         */
        @WithDefault("1000")
        int refusedTokenCacheSize();

        /** How often the realm's published signing keys are read: a removed key is refused within this. */
        @WithDefault("5m")
        Duration jwksRefreshInterval();

        /** A token naming a key not published as far as known makes the keys be read again, at most this often. */
        @WithDefault("10s")
        Duration jwksMinRefreshInterval();

        /** Timeout of one read of the published keys. */
        @WithDefault("3s")
        Duration jwksTimeout();
    }

    /** Token buckets per client ({@code azp}) and per user ({@code sub}), reads and writes counted apart. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /**
         * Requests without a token or with a refused one, per client address (the TCP peer, or the forwarded address
         * when {@code quarkus.http.proxy.proxy-address-forwarding} is on): over it, 429 instead of 401.
         */
        AnonymousBudget anonymous();

        /** Client addresses tracked at most for {@link #anonymous()}; the least recently seen are dropped first. */
        @WithDefault("100000")
        int anonymousMaxAddresses();

        /** Budgets of every client without an entry in {@link #clients()}. */
        Budgets client();

        /** Budgets of one client, {@code helix.gateway.rate-limit.clients."<azp>".read|write.*}. */
        Map<String, Budgets> clients();

        /** Budgets of each user (a token not issued to a service account). */
        Budgets user();

        /** How often buckets that have refilled completely are dropped (a full bucket is the same as none). */
        @WithDefault("60s")
        Duration sweepInterval();
    }

    interface Budgets {
        /** GET, HEAD, OPTIONS. */
        Budget read();

        /** POST, PUT, PATCH, DELETE and anything else. */
        Budget write();
    }

    /** The per-address budget of requests without a valid token. */
    interface AnonymousBudget extends Budget {
        @Override
        @WithDefault("5")
        double perSecond();

        @Override
        @WithDefault("20")
        int burst();
    }

    interface Budget {
        /** Sustained rate: tokens added per second. */
        double perSecond();

        /** Bucket size: how many requests may come at once after a quiet period. */
        int burst();
    }

    /** One breaker per upstream. */
    interface CircuitBreaker {
        @WithDefault("true")
        boolean enabled();

        /** Consecutive failures (unreachable, timeout, broken exchange, 502/503/504 from the upstream) that open it. */
        @WithDefault("5")
        int failureThreshold();

        /** How long it stays open before one request is let through as a probe. */
        @WithDefault("10s")
        Duration openDuration();
    }

    interface Cors {
        /** Origins (scheme://host[:port]) whose pages may call the API with credentials; exact matches only. */
        @WithDefault("http://localhost:5173")
        List<String> origins();

        @WithDefault("GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS")
        List<String> methods();

        @WithDefault("Authorization,Content-Type,Accept,Accept-Language,Idempotency-Key,If-Match,If-None-Match,"
                + "X-Request-Id,traceparent,tracestate")
        List<String> headers();

        @WithDefault("Location,ETag,X-Request-Id,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset,"
                + "RateLimit-Policy,Retry-After")
        List<String> exposedHeaders();

        /** How long a browser may cache a preflight answer. */
        @WithDefault("10m")
        Duration maxAge();
    }

    interface OpenApi {
        /**
         * The realm as browsers reach it, for the OAuth2 flows of the merged document (inside a cluster the
         * gateway may reach Keycloak under another name than the browser does).
         */
        @WithDefault("${quarkus.oidc.auth-server-url}")
        String publicAuthServerUrl();

        /** How long a merged document is served before the services are asked again. */
        @WithDefault("30s")
        Duration cacheTtl();

        /** How long to wait for one service's document. */
        @WithDefault("5s")
        Duration fetchTimeout();
    }

    interface AccessLog {
        /** One JSON line per request on the logger category {@code helix.access}. */
        @WithDefault("true")
        boolean enabled();
    }
}
