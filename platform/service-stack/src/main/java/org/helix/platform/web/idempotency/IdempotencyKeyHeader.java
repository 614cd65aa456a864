package org.helix.platform.web.idempotency;

import org.helix.platform.edge.EdgeLimits;
import org.helix.platform.web.problem.ApiProblem;

/** The {@code Idempotency-Key} request header and the rule for its value. */
public final class IdempotencyKeyHeader {

    public static final String NAME = "Idempotency-Key";
    /** Response header set on a replayed response. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private IdempotencyKeyHeader() {
    }

    /** The key when the header was sent and is 1 to 255 characters; a 400 problem naming the header otherwise. */
    public static String require(String value) {
        if (value == null || value.isBlank() || value.length() > EdgeLimits.MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw ApiProblem.badRequest("invalid-idempotency-key", NAME,
                    "must be 1 to " + EdgeLimits.MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
        }
        return value;
    }
}
