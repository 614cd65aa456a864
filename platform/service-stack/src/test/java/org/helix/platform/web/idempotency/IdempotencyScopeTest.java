package org.helix.platform.web.idempotency;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdempotencyScopeTest {

    static final String PATH = "/api/governance/organisations";

    @Test
    void oneCallerOnOneOperationIsOneScope() {
        assertEquals(IdempotencyScope.of("sub-1", "helix-portal", "POST", PATH),
                IdempotencyScope.of("sub-1", "helix-portal", "POST", PATH));
    }

    @Test
    void anotherSubjectClientMethodOrPathIsAnotherScope() {
        String scope = IdempotencyScope.of("sub-1", "helix-portal", "POST", PATH);
        assertNotEquals(scope, IdempotencyScope.of("sub-2", "helix-portal", "POST", PATH));
        assertNotEquals(scope, IdempotencyScope.of("sub-1", "partner-school", "POST", PATH));
        assertNotEquals(scope, IdempotencyScope.of("sub-1", "helix-portal", "PUT", PATH));
        assertNotEquals(scope, IdempotencyScope.of("sub-1", "helix-portal", "POST", PATH + "/x"));
        assertNotEquals(scope, IdempotencyScope.of(null, null, "POST", PATH));
    }

    @Test
    void aScopeTooLongForItsColumnIsStoredAsItsHashAndStaysDistinct() {
        String longPath = PATH + "/" + "x".repeat(700);
        String scope = IdempotencyScope.of("sub-1", "helix-portal", "POST", longPath);
        assertTrue(scope.startsWith("sha256:") && scope.length() == 7 + 64, scope);
        assertNotEquals(scope, IdempotencyScope.of("sub-2", "helix-portal", "POST", longPath));
        assertTrue(IdempotencyScope.of("sub-1", "helix-portal", "POST", PATH).length()
                <= IdempotencyScope.MAX_READABLE_LENGTH);
    }

    @Test
    void theLockOfAKeyDependsOnScopeAndKey() {
        String scope = IdempotencyScope.of("sub-1", "helix-portal", "POST", PATH);
        assertEquals(IdempotencyKeys.lockId(scope, "k1"), IdempotencyKeys.lockId(scope, "k1"));
        assertNotEquals(IdempotencyKeys.lockId(scope, "k1"), IdempotencyKeys.lockId(scope, "k2"));
        assertNotEquals(IdempotencyKeys.lockId(scope, "k1"),
                IdempotencyKeys.lockId(IdempotencyScope.of("sub-2", "helix-portal", "POST", PATH), "k1"));
    }
}
