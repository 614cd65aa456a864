package org.helix.gateway.problem;

import org.helix.gateway.upstream.Upstream;
import org.helix.platform.edge.ProblemTypes;

/** The RFC 9457 problem types the gateway itself answers with; the {@code type} URNs are stable. */
public enum ProblemType {

    INVALID_PARAMETER(400, ProblemTypes.VALIDATION_FAILED, "Invalid parameter"),
    UNAUTHORIZED(401, ProblemTypes.UNAUTHENTICATED, "Authentication required"),
    CORS_REJECTED(403, "cors-rejected", "Cross-origin request refused"),
    UNKNOWN_SERVICE(404, "unknown-service", "Unknown service"),
    PAYLOAD_TOO_LARGE(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Request body too large"),
    RATE_LIMITED(429, ProblemTypes.RATE_LIMITED, "Too many requests"),
    BAD_GATEWAY(502, "bad-gateway", "Bad response from upstream"),
    UPSTREAM_UNAVAILABLE(503, "upstream-unavailable", "Upstream unavailable"),
    UPSTREAM_CIRCUIT_OPEN(503, "upstream-circuit-open", "Upstream temporarily cut off"),
    TOKEN_CHECK_UNAVAILABLE(503, ProblemTypes.TOKEN_CHECK_UNAVAILABLE, "Token check unavailable"),
    UPSTREAM_TIMEOUT(504, "upstream-timeout", "Upstream timed out"),
    INTERNAL_ERROR(500, ProblemTypes.INTERNAL_ERROR, "Internal gateway error");

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
        return ProblemTypes.uri(slug);
    }
}
