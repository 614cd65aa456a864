package org.helix.platform.edge;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key id ({@code kid}) a compact JWS names in its (not yet verified) header: only to pick the key and to decide
 * whether the realm's key set must be fetched again. The signature check decides the rest.
 */
public final class TokenHeader {

    private static final int MAX_HEADER_LENGTH = 2048;
    private static final Pattern KID = Pattern.compile("\"kid\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");

    private TokenHeader() {
    }

    /** The {@code kid}, or empty if the token has no readable header or names no key. */
    public static Optional<String> keyId(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > MAX_HEADER_LENGTH) {
            return Optional.empty();
        }
        String header;
        try {
            header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher matcher = KID.matcher(header);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
