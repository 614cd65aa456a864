package org.helix.platform.edge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The key under which a token's verdict is remembered: SHA-256 of the raw token, so a cache or a heap dump never holds
 * a usable credential, and an entry costs 43 characters however long the token is.
 */
public final class TokenDigest {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    private TokenDigest() {
    }

    public static String of(String token) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(digest.digest(token.getBytes(StandardCharsets.US_ASCII)));
    }
}
