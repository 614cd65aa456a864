package org.helix.gateway.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shape check a token passes before its signature is checked. */
class TokenShapeTest {

    @Test
    void tokenShapeCheckAcceptsOnlyCompactJws() {
        assertTrue(EdgeTokenCheck.looksLikeJwt("eyJh.eyJz.c2ln"));
        assertFalse(EdgeTokenCheck.looksLikeJwt("eyJh.eyJz."));
        assertFalse(EdgeTokenCheck.looksLikeJwt("eyJh..c2ln"));
        assertFalse(EdgeTokenCheck.looksLikeJwt("eyJh.eyJz.c2ln.x"));
        assertFalse(EdgeTokenCheck.looksLikeJwt("eyJh.eyJz.c2l+"));
    }
}
