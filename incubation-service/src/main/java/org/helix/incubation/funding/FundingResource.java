package org.helix.incubation.funding;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/incubation/projects/{projectId}/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding", description = "The project's funding as it happens, from funding-service's events")
@Authenticated
public class FundingResource {

    @Inject
    Fundings fundings;

    @GET
    @Operation(summary = "The project's awards with their tranches (PENDING, RELEASED, CANCELLED) and the amounts "
            + "released, pending and cancelled (roles: whoever may see the project)")
    public FundingView get(@PathParam("projectId") UUID projectId) {
        return fundings.of(projectId);
    }
}
