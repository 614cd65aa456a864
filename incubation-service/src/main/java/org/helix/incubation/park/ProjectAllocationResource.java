package org.helix.incubation.park;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/incubation/projects/{projectId}/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pioneer park")
@Authenticated
public class ProjectAllocationResource {

    @Inject
    Park park;

    @GET
    @Operation(summary = "The project's park allocations, current and released (roles: whoever may see the project)")
    public List<ParkViews.AllocationView> allocations(@PathParam("projectId") UUID projectId) {
        return park.allocationsOf(projectId);
    }
}
