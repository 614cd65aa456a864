package org.helix.gateway.upstream;

/**
 * What every proxied exchange needs to know besides the request itself.
 *
 * @param connectTimeoutMillis how long to wait for an upstream connection
 * @param responseTimeoutMillis how long to wait for upstream data once the request has been sent
 * @param maxBodyBytes the largest request body passed on
 */
public record ProxySettings(long connectTimeoutMillis, long responseTimeoutMillis, long maxBodyBytes) {
}
