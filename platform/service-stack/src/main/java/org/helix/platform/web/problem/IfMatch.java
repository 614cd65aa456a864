package org.helix.platform.web.problem;

/** The optional {@code If-Match} header of an update, checked against the version sent in its body. */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * Refuses (409 stale-version) an {@code If-Match} that is neither {@code *} nor the quoted version of the body;
     * no header means the body's version alone decides.
     */
    public static void requireVersion(String ifMatch, Object bodyVersion, String resource, Object id) {
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals("\"" + bodyVersion + "\"")) {
            throw ApiProblem.staleVersion(resource, id);
        }
    }
}
