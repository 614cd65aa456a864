package org.helix.gateway.upstream;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helix.gateway.GatewayConfig;
import org.helix.gateway.telemetry.GatewayMetrics;
import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * The routing table: service name → {@link Upstream} with its timeouts and circuit breaker, validated once at
 * startup.
 */
@Singleton
public class UpstreamRegistry {

    private static final Logger LOG = Logger.getLogger(UpstreamRegistry.class);

    private final Map<String, UpstreamRoute> routes;

    public UpstreamRegistry(GatewayConfig config, GatewayMetrics metrics,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        long maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        for (String name : config.timeouts().keySet()) {
            if (!config.upstream().containsKey(name)) {
                throw new IllegalArgumentException("helix.gateway.timeouts." + name + " names no upstream; known: "
                        + config.upstream().keySet());
            }
        }
        Map<String, UpstreamRoute> table = new TreeMap<>();
        config.upstream().forEach((name, url) -> {
            Upstream upstream = Upstream.of(name, url);
            GatewayConfig.UpstreamTimeouts timeouts = config.timeouts().get(name);
            ProxySettings settings = new ProxySettings(
                    (timeouts == null ? Optional.<java.time.Duration>empty() : timeouts.connect())
                            .orElse(config.connectTimeout()).toMillis(),
                    (timeouts == null ? Optional.<java.time.Duration>empty() : timeouts.response())
                            .orElse(config.responseTimeout()).toMillis(),
                    maxBodyBytes);
            CircuitBreaker breaker = config.circuitBreaker().enabled()
                    ? new CircuitBreaker(name, config.circuitBreaker().failureThreshold(),
                            config.circuitBreaker().openDuration().toNanos(), System::nanoTime)
                    : null;
            if (breaker != null) {
                metrics.registerBreaker(breaker);
            }
            table.put(name, new UpstreamRoute(upstream, settings, breaker));
        });
        this.routes = Collections.unmodifiableMap(table);
        LOG.infof("Gateway routes: %s", routes.values().stream()
                .map(route -> route.upstream() + " (connect " + route.settings().connectTimeoutMillis()
                        + " ms, response " + route.settings().responseTimeoutMillis() + " ms)")
                .toList());
    }

    public Optional<UpstreamRoute> route(String serviceName) {
        return Optional.ofNullable(routes.get(serviceName));
    }

    public Optional<Upstream> find(String serviceName) {
        return route(serviceName).map(UpstreamRoute::upstream);
    }

    public Collection<Upstream> all() {
        return routes.values().stream().map(UpstreamRoute::upstream).toList();
    }

    public List<UpstreamRoute> routes() {
        return List.copyOf(routes.values());
    }
}
