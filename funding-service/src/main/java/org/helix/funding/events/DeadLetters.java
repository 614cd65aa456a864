package org.helix.funding.events;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.messaging.deadletter.DeadLetterEndpoint;

/** {@code POST /api/funding/admin/dead-letters/replay} (admin): replays this service's dead letters. */
@Path("/api/funding/admin/dead-letters")
@Tag(name = "Administration", description = "Operating the service's event consumption")
public class DeadLetters extends DeadLetterEndpoint {
}
