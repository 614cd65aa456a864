/**
 * The upstreams: the routing table from configuration (service name to base URL, timeouts, body limit), the pooled
 * HTTP clients, and each upstream's circuit breaker.
 */
package org.helix.gateway.upstream;
