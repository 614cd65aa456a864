package org.helix.platform.edge;

/**
 * The RFC 9457 problem {@code type} URNs of the whole suite ({@code urn:helix:problem:<slug>}): clients switch on
 * them, so the gateway and the services build them here and nowhere else. The slugs both sides answer with are
 * named below; a service's domain refusals add their own slugs (e.g. {@code already-signed}) with {@link #uri}.
 */
public final class ProblemTypes {

    public static final String URN_PREFIX = "urn:helix:problem:";
    public static final String MEDIA_TYPE = "application/problem+json";

    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String VALIDATION_FAILED = "validation-failed";
    public static final String MALFORMED_JSON = "malformed-json";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String RATE_LIMITED = "rate-limited";
    public static final String TOKEN_CHECK_UNAVAILABLE = "token-check-unavailable";
    public static final String INTERNAL_ERROR = "internal-error";

    private ProblemTypes() {
    }

    /** The type URN of a slug: lower-case words joined by hyphens. */
    public static String uri(String slug) {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("A problem slug is lower-case words joined by hyphens: " + slug);
        }
        return URN_PREFIX + slug;
    }
}
