package org.helix.platform.messaging.correlation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.helix.platform.edge.RequestIdRule;
import org.helix.platform.web.input.InvalidParameterException;
import org.helix.platform.web.security.Roles;

/**
 * The admin endpoint that shows this service's part of one chain of work. A service exposes it under its own base
 * path; the gateway's {@code GET /api/admin/correlations/{id}} asks every service and shows the whole chain:
 * <pre>
 * &#64;Path("/api/talent-exchange/admin/correlations")
 * public class Correlations extends CorrelationEndpoint {
 * }
 * </pre>
 */
public abstract class CorrelationEndpoint {

    @Inject
    CorrelationChain chain;

    /** Roles: admin only. */
    @GET
    @Path("{correlationId}")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "This service's part of one chain of work (admin)", description = "The changes audited, the "
            + "events published and the events applied under one correlation id: the X-Request-Id of the request "
            + "that started the chain, carried by every event it caused (CloudEvents attribute correlationid). "
            + "Empty lists when this service took no part. Roles: admin.")
    @APIResponse(responseCode = "200", description = "This service's part of the chain")
    @APIResponse(responseCode = "400", description = "Not a request id (1 to 200 visible ASCII characters)")
    public ChainView chain(@PathParam("correlationId") String correlationId) {
        if (!RequestIdRule.acceptable(correlationId)) {
            throw new InvalidParameterException("correlationId", "must be a request id: 1 to "
                    + RequestIdRule.MAX_LENGTH + " visible ASCII characters");
        }
        return chain.of(correlationId);
    }
}
