package org.helix.gateway.problem;

import org.helix.gateway.upstream.Upstream;

/** The RFC 9457 problem types the gateway itself answers with; the {@code type} URNs are stable. */
public enum ProblemType {

    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    CORS_REJECTED(403, "cors-rejected", "Cross-origin request refused"),
    UNKNOWN_SERVICE(404, "unknown-service", "Unknown service"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    BAD_GATEWAY(502, "bad-gateway", "Bad response from upstream"),
    UPSTREAM_UNAVAILABLE(503, "upstream-unavailable", "Upstream unavailable"),
    UPSTREAM_CIRCUIT_OPEN(503, "upstream-circuit-open", "Upstream temporarily cut off"),
    TOKEN_CHECK_UNAVAILABLE(503, "token-check-unavailable", "Token check unavailable"),
    UPSTREAM_TIMEOUT(504, "upstream-timeout", "Upstream timed out"),
    INTERNAL_ERROR(500, "internal-error", "Internal gateway error");

    public static final String URN_PREFIX = "urn:helix:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return URN_PREFIX + slug;
    }
}
