package org.helix.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.helix.gateway.telemetry.GatewayMetrics;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcRequestFilter;

/**
 * Counts every request quarkus-oidc sends to Keycloak ({@code helix_gateway_keycloak_requests_total}): discovery and
 * JWKS at start-up, a JWKS refresh when a token names an unknown key (at most once per
 * {@code quarkus.oidc.token.forced-jwk-refresh-interval}), and nothing per request after that.
 */
@ApplicationScoped
@Unremovable // looked up by quarkus-oidc, never injected
public class KeycloakCallCounter implements OidcRequestFilter {

    private final GatewayMetrics metrics;

    public KeycloakCallCounter(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(OidcRequestContext requestContext) {
        metrics.keycloakRequest(endpointOf(requestContext.request().uri()));
    }

    static String endpointOf(String uri) {
        if (uri == null) {
            return "other";
        }
        if (uri.contains("/.well-known/")) {
            return "discovery";
        }
        if (uri.endsWith("/certs") || uri.contains("/certs?")) {
            return "jwks";
        }
        if (uri.contains("/token/introspect")) {
            return "introspection";
        }
        if (uri.contains("/userinfo")) {
            return "userinfo";
        }
        if (uri.contains("/token")) {
            return "token";
        }
        return "other";
    }
}
