package org.helix.gateway;

/**
 * Everything the proxy needs for one upstream: where it is, its timeouts and body limit, its breaker.
 *
 * @param breaker null when circuit breaking is turned off
 */
public record UpstreamRoute(Upstream upstream, ProxySettings settings, CircuitBreaker breaker) {

    /** The metrics and access-log route of this upstream: one series per service, not one per path. */
    public String template() {
        return ApiPath.PREFIX + upstream.name() + "/**";
    }
}
