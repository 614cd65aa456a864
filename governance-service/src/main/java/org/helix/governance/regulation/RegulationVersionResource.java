package org.helix.governance.regulation;

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

@Path("/api/governance/regulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regulations")
public class RegulationVersionResource {

    @Inject
    Regulations regulations;

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One version of a regulation, superseded ones included (any authenticated caller)")
    public RegulationView get(@PathParam("id") UUID id) {
        return RegulationView.of(regulations.get(id));
    }
}
