package org.helix.curriculum.events;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.messaging.deadletter.DeadLetterEndpoint;

/** {@code POST /api/curriculum/admin/dead-letters/replay} (admin): replays this service's dead letters. */
@Path("/api/curriculum/admin/dead-letters")
@Tag(name = "Administration", description = "Operating the service's event consumption")
public class DeadLetters extends DeadLetterEndpoint {
}
