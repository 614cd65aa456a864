package org.helix.gateway.telemetry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.helix.gateway.upstream.CircuitBreaker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * The gateway's own meters, next to Quarkus' {@code http_server_requests_seconds} (count, latency histogram,
 * status and outcome per route {@code uri="/api/{service}/**"}; 4xx/5xx and 429 are its {@code status} tags):
 * <ul>
 * <li>{@code helix_gateway_token_rejected_total{reason}}: 401 at the edge (missing, malformed, invalid, expired)</li>
 * <li>{@code helix_gateway_rate_limited_total{route,scope,kind}}: 429 (scope client|user, kind read|write; scope
 * address, kind anonymous for requests without a valid token)</li>
 * <li>{@code helix_gateway_token_cache_entries{cache}}: tokens remembered at the edge (verified|refused), by digest;
 * {@code helix_gateway_anonymous_addresses}: client addresses with an anonymous budget</li>
 * <li>{@code helix_gateway_circuit_state{upstream}}: 0 closed, 1 open, 2 half-open;
 * {@code helix_gateway_circuit_rejected_total{upstream}}: 503 while open</li>
 * <li>{@code helix_gateway_keycloak_requests_total{endpoint}}: every request the gateway makes to Keycloak (discovery,
 * JWKS); flat after warm-up</li>
 * </ul>
 */
@Singleton
public class GatewayMetrics {

    /** Latency buckets of the route histograms: fine below a millisecond, where the gateway's own cost lies. */
    private static final Duration[] LATENCY_BUCKETS = {
            Duration.ofNanos(250_000), Duration.ofNanos(500_000), Duration.ofMillis(1), Duration.ofMillis(2),
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30) };

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> keycloakRequests = new ConcurrentHashMap<>();

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Turns the HTTP server timer into a Prometheus histogram with {@link #LATENCY_BUCKETS}. */
    @Produces
    @Singleton
    MeterFilter routeLatencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                double[] buckets = new double[LATENCY_BUCKETS.length];
                for (int i = 0; i < buckets.length; i++) {
                    buckets[i] = LATENCY_BUCKETS[i].toNanos();
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(false)
                        .serviceLevelObjectives(buckets)
                        .build()
                        .merge(config);
            }
        };
    }

    public void tokenRejected(String reason) {
        Counter.builder("helix.gateway.token.rejected").description("Requests answered 401 at the edge")
                .tag("reason", reason).register(registry).increment();
    }

    public void rateLimited(String route, String scope, String kind) {
        Counter.builder("helix.gateway.rate.limited").description("Requests answered 429")
                .tag("route", route).tag("scope", scope).tag("kind", kind).register(registry).increment();
    }

    public void circuitRejected(String upstream) {
        Counter.builder("helix.gateway.circuit.rejected").description("Requests answered 503 by an open breaker")
                .tag("upstream", upstream).register(registry).increment();
    }

    /**
     * Counted in plain longs read at scrape time: the first calls happen at start-up, before the Prometheus registry
     * has joined Quarkus' global registry, where an ordinary counter would drop them.
     */
    public void keycloakRequest(String endpoint) {
        keycloakRequests.computeIfAbsent(endpoint, name -> {
            AtomicLong count = new AtomicLong();
            FunctionCounter.builder("helix.gateway.keycloak.requests", count, AtomicLong::get)
                    .description("Requests the gateway sent to Keycloak (discovery, JWKS, ...)")
                    .tag("endpoint", name).register(registry);
            return count;
        }).incrementAndGet();
    }

    /** All requests to Keycloak so far. */
    long keycloakRequests() {
        return keycloakRequests.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** Entries of the edge's verified and refused token caches (both keyed by SHA-256 digest, both bounded). */
    public void registerTokenCaches(LongSupplier verified, LongSupplier refused) {
        // supplier gauges: Micrometer keeps them strongly (a state-object gauge would be collected with its lambda)
        Gauge.builder("helix.gateway.token.cache.entries", verified::getAsLong)
                .description("Tokens remembered at the edge, by digest").tag("cache", "verified").register(registry);
        Gauge.builder("helix.gateway.token.cache.entries", refused::getAsLong)
                .description("Tokens remembered at the edge, by digest").tag("cache", "refused").register(registry);
    }

    /** Client addresses whose anonymous (no or refused token) budget is tracked. */
    public void registerAnonymousAddresses(LongSupplier tracked) {
        Gauge.builder("helix.gateway.anonymous.addresses", tracked::getAsLong)
                .description("Client addresses with an anonymous rate-limit bucket").register(registry);
    }

    public void registerBreaker(CircuitBreaker breaker) {
        Gauge.builder("helix.gateway.circuit.state", breaker, b -> b.state().ordinal())
                .description("Circuit breaker per upstream: 0 closed, 1 open, 2 half-open")
                .tag("upstream", breaker.upstream()).register(registry);
    }
}
