package org.helix.curriculum.organisation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.problem.ApiProblem;

import java.util.UUID;

@Path("/api/curriculum/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Member units as this service knows them (replicated from governance)")
public class OrganisationResource {

    /** Roles: any authenticated caller; organisations are reference data every party may read. */
    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Get an organisation", description = "The replica of a governance organisation. "
            + "Roles: any authenticated caller.")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "404", description = "No such organisation (or not replicated yet)")
    public OrganisationView get(@PathParam("id") UUID id) {
        return Organisation.<Organisation>findByIdOptional(id).map(OrganisationView::of)
                .orElseThrow(() -> ApiProblem.notFound("Organisation", id));
    }
}
