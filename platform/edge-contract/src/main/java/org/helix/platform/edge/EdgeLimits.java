package org.helix.platform.edge;

/**
 * Limits the gateway and the services share, so a request the edge lets through is never refused behind it for a
 * reason the edge could have told the client first. Each is the default of a setting; deployments may lower them.
 */
public final class EdgeLimits {

    /** Largest request body in bytes (1 MiB): {@code quarkus.http.limits.max-body-size} / {@code helix.http.max-body-size}. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    /** Longest Authorization header value even looked at before verification. */
    public static final int MAX_TOKEN_LENGTH = 8192;

    /** Largest page of any list ({@code size} query parameter). */
    public static final int MAX_PAGE_SIZE = 100;

    /** Longest {@code Idempotency-Key} header value. */
    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    private EdgeLimits() {
    }
}
