package org.helix.platform.web.idempotency;

import org.helix.platform.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdempotencyKeyHeaderTest {

    @Test
    void acceptsOneTo255Characters() {
        assertEquals("k", IdempotencyKeyHeader.require("k"));
        String longest = "k".repeat(255);
        assertEquals(longest, IdempotencyKeyHeader.require(longest));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 256})
    void refusesBlankAndTooLongKeysNamingTheHeader(int length) {
        String key = length == 1 ? " " : "k".repeat(length);
        ApiProblem problem = assertThrows(ApiProblem.class, () -> IdempotencyKeyHeader.require(key));
        assertEquals(400, problem.status());
        assertEquals("invalid-idempotency-key", problem.slug());
        assertEquals("Idempotency-Key", problem.errors().get(0).field());
    }
}
