package org.helix.platform.web.idempotency;

import jakarta.ws.rs.core.Response;
import org.helix.platform.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StoredResponseTest {

    static final StoredResponse CREATED = new StoredResponse("hash-1", 201,
            "http://localhost/api/governance/organisations/42", "\"0\"", "{\"id\":\"42\"}");

    @Test
    void theSameRequestGetsTheFirstResponseAgainWithItsEtag() {
        Response replay = CREATED.replayFor("hash-1");
        assertEquals(201, replay.getStatus());
        assertEquals("true", replay.getHeaderString(IdempotencyKeyHeader.REPLAYED));
        assertEquals("http://localhost/api/governance/organisations/42", replay.getHeaderString("Location"));
        assertEquals("\"0\"", replay.getHeaderString("ETag"));
        assertEquals("{\"id\":\"42\"}", replay.getEntity());
        assertEquals("application/json", replay.getMediaType().toString());
    }

    @Test
    void aResponseWithoutLocationEtagOrBodyIsReplayedWithoutThem() {
        Response replay = new StoredResponse("hash-1", 204, null, null, null).replayFor("hash-1");
        assertEquals(204, replay.getStatus());
        assertFalse(replay.hasEntity());
        assertNull(replay.getHeaderString("ETag"));
        assertNull(replay.getHeaderString("Location"));
    }

    @Test
    void anotherRequestWithTheKeyIsA422() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> CREATED.replayFor("hash-2"));
        assertEquals(422, problem.status());
        assertEquals("idempotency-key-reused", problem.slug());
    }

    @Test
    void aKeyExpiresExactlyOneRetentionAfterItWasCreated() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        assertEquals(Instant.parse("2026-11-28T12:00:00Z"),
                IdempotencyKeys.expiredBefore(now, Duration.ofHours(24)));
    }
}
