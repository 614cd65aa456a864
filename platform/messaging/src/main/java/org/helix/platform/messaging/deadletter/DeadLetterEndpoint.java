package org.helix.platform.messaging.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.helix.platform.web.security.Roles;

/**
 * The admin endpoint that replays a service's dead letters. A service exposes it under its own base path:
 * <pre>
 * &#64;Path("/api/talent-exchange/admin/dead-letters")
 * public class DeadLetters extends DeadLetterEndpoint {
 * }
 * </pre>
 */
public abstract class DeadLetterEndpoint {

    @Inject
    DeadLetterReplay replay;

    /** Roles: admin only. */
    @POST
    @Path("replay")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay this service's dead letters (admin)", description = "Passes every record of the "
            + "service's dead-letter topic through its consumer again, after a fix. Idempotent: events applied "
            + "before are not applied twice; what still cannot be applied stays on the topic and is listed with its "
            + "reason. Roles: admin.")
    @APIResponse(responseCode = "200", description = "What the replay did")
    @APIResponse(responseCode = "503", description = "Interrupted by a transient failure (database or broker away); "
            + "what was replayed stays applied, run it again")
    public ReplayReport replay() {
        return replay.replay();
    }
}
