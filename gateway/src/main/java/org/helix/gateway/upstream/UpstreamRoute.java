package org.helix.gateway.upstream;

/**
 * Everything the proxy needs for one upstream: where it is, its timeouts and body limit, its breaker.
 *
 * @param breaker null when circuit breaking is turned off
 * @param template the metrics and access-log route of this upstream, {@code /api/{service}/**}: one series per
 *        service, not one per path
 */
public record UpstreamRoute(Upstream upstream, ProxySettings settings, CircuitBreaker breaker, String template) {

    public UpstreamRoute(Upstream upstream, ProxySettings settings, CircuitBreaker breaker) {
        this(upstream, settings, breaker, ApiPath.PREFIX + upstream.name() + "/**");
    }
}
