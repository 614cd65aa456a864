package org.helix.platform.web.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a key counts: one caller (token subject and client) on one operation (method and path). Another caller
 * sending the same key never meets the first caller's response, and one key may be reused on another operation.
 */
public final class IdempotencyScope {

    /** Longest scope stored as it is (the column's length); longer ones are stored as their SHA-256. */
    static final int MAX_READABLE_LENGTH = 600;

    private IdempotencyScope() {
    }

    /**
     * @param subject the token's subject ({@code null} for an anonymous caller)
     * @param clientId the token's client ({@code azp}), may be {@code null}
     */
    public static String of(String subject, String clientId, String method, String path) {
        String scope = (subject == null ? "anonymous" : subject) + "@" + (clientId == null ? "-" : clientId)
                + " " + method + " " + path;
        return scope.length() <= MAX_READABLE_LENGTH ? scope : "sha256:" + sha256(scope);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
