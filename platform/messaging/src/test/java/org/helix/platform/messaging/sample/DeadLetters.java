package org.helix.platform.messaging.sample;

import jakarta.ws.rs.Path;
import org.helix.platform.messaging.deadletter.DeadLetterEndpoint;

/** How a service exposes the replay of its dead letters: under its own base path. */
@Path("/api/sample/admin/dead-letters")
public class DeadLetters extends DeadLetterEndpoint {
}
