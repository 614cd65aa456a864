package org.helix.platform.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TokenDigestTest {

    @Test
    void theDigestIsSha256OfTheTokenAndNeverContainsIt() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0", TokenDigest.of("abc"));
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
        assertEquals(43, TokenDigest.of(token).length());
        assertFalse(TokenDigest.of(token).contains("eyJ"));
        assertNotEquals(TokenDigest.of(token), TokenDigest.of(token + "x"));
    }

    @Test
    void theKeyIdIsReadFromTheHeaderOnly() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"RS256\",\"kid\":\"abc-1\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of("abc-1"), TokenHeader.keyId(header + ".e30.c2ln"));
        assertEquals(Optional.empty(), TokenHeader.keyId("no-dots"));
        assertEquals(Optional.empty(), TokenHeader.keyId("%%%.e30.c2ln"));
        String noKid = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        assertEquals(Optional.empty(), TokenHeader.keyId(noKid + ".e30."));
    }
}
