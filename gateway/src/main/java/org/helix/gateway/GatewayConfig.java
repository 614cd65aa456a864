package org.helix.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

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
}
