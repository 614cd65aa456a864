package org.helix.platform.messaging.correlation;

import java.time.Instant;

/** An event of a chain as one service saw it: sent from its outbox or applied through its inbox. */
public record ChainLink(String eventId, String type, String subjectOrSource, Instant at) {
}
