package org.helix.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.helix.gateway.telemetry.RequestIds;
import org.helix.gateway.upstream.ApiPath;
import org.helix.gateway.upstream.Upstream;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Plain unit tests of the configuration and the routing table (no Quarkus app needed). */
class GatewayConfigTest {

    private static GatewayConfig configWith(Map<String, String> env) {
        Map<String, String> properties = new java.util.HashMap<>(Map.of(
                "helix.gateway.upstream.governance", "http://localhost:8081",
                "helix.gateway.upstream.talent-exchange", "http://localhost:8082",
                "helix.gateway.response-timeout", "30s",
                "helix.gateway.timeouts.talent-exchange.response", "5s",
                "quarkus.oidc.auth-server-url", "http://localhost:8180/realms/helix"));
        for (String party : new String[] { "client", "user" }) {
            for (String kind : new String[] { "read", "write" }) {
                properties.put("helix.gateway.rate-limit." + party + "." + kind + ".per-second", "10");
                properties.put("helix.gateway.rate-limit." + party + "." + kind + ".burst", "20");
            }
        }
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new EnvConfigSource(env, 300))
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(GatewayConfig.class)
                .build();
        return config.getConfigMapping(GatewayConfig.class);
    }

    @Test
    void environmentVariablesOverrideUpstreams() {
        GatewayConfig config = configWith(Map.of(
                "HELIX_GATEWAY_UPSTREAM_TALENT_EXCHANGE", "http://talent-exchange-service:8080",
                "HELIX_GATEWAY_RESPONSE_TIMEOUT", "10s"));
        assertEquals(URI.create("http://talent-exchange-service:8080"), config.upstream().get("talent-exchange"));
        assertEquals(URI.create("http://localhost:8081"), config.upstream().get("governance"));
        assertEquals(Duration.ofSeconds(10), config.responseTimeout());
        assertEquals(Duration.ofSeconds(2), config.connectTimeout());
        assertEquals(Duration.ofSeconds(5), config.timeouts().get("talent-exchange").response().orElseThrow());
        assertEquals(false, config.timeouts().containsKey("governance"));
        assertEquals(java.util.List.of("http://localhost:5173"), config.cors().origins());
        assertEquals("http://localhost:8180/realms/helix", config.openapi().publicAuthServerUrl());
    }

    @Test
    void upstreamUrlsAreValidated() {
        Upstream plain = Upstream.of("funding", URI.create("http://funding-service"));
        assertEquals(80, plain.port());
        assertEquals("/api/funding/x?y=1", plain.target("/api/funding/x?y=1"));
        Upstream tls = Upstream.of("funding", URI.create("https://edge.example/base/"));
        assertEquals(443, tls.port());
        assertEquals("/base/api/funding/x", tls.target("/api/funding/x"));
        assertThrows(IllegalArgumentException.class, () -> Upstream.of("x", URI.create("ftp://host")));
        assertThrows(IllegalArgumentException.class, () -> Upstream.of("x", URI.create("http:///nohost")));
        assertThrows(IllegalArgumentException.class, () -> Upstream.of("x", URI.create("http://h:1/?q=1")));
    }

    @Test
    void serviceIsTheSegmentAfterApi() {
        assertEquals("talent-exchange", ApiPath.serviceOf("/api/talent-exchange/experts/1").orElseThrow());
        assertEquals("funding", ApiPath.serviceOf("/api/funding").orElseThrow());
        assertEquals(true, ApiPath.serviceOf("/api/").isEmpty());
        assertEquals(true, ApiPath.serviceOf("/q/health").isEmpty());
    }

    @Test
    void requestIdsFromClientsAreKeptOnlyWhenSane() {
        assertEquals("abc-123", RequestIds.acceptOrGenerate("abc-123"));
        String generated = RequestIds.acceptOrGenerate("has space");
        assertEquals(36, generated.length());
        assertEquals(36, RequestIds.acceptOrGenerate("x".repeat(201)).length());
        assertEquals(36, RequestIds.acceptOrGenerate(null).length());
    }
}
