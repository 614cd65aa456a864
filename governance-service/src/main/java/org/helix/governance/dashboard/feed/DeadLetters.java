package org.helix.governance.dashboard.feed;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.messaging.deadletter.DeadLetterEndpoint;

/** {@code POST /api/governance/admin/dead-letters/replay} (admin): replays the dashboard feed's dead letters. */
@Path("/api/governance/admin/dead-letters")
@Tag(name = "Administration", description = "Operating the service's event consumption")
public class DeadLetters extends DeadLetterEndpoint {
}
