package org.helix.platform.web.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.helix.platform.web.problem.ApiProblem;

import java.util.List;

/**
 * The response the first request with a key produced, as stored with the key.
 *
 * @param requestHash the {@link RequestFingerprint} of that request
 * @param body the body as it was sent (JSON), or {@code null}
 */
public record StoredResponse(String requestHash, int status, String location, String etag, String body) {

    /** The stored response again, for a request with the same fingerprint; a 422 problem for another one. */
    public Response replayFor(String requestHash) {
        if (!this.requestHash.equals(requestHash)) {
            throw new ApiProblem(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used with a different request", List.of());
        }
        Response.ResponseBuilder replay = Response.status(status).header(IdempotencyKeyHeader.REPLAYED, "true");
        if (location != null) {
            replay.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            replay.header(HttpHeaders.ETAG, etag);
        }
        if (body != null) {
            replay.entity(body).type(MediaType.APPLICATION_JSON);
        }
        return replay.build();
    }
}
