package org.helix.bench.plain;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** One row by id, no authentication: what a single-row read costs in Quarkus + Panache without anything else. */
@Path("/plain/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @GET
    @Path("/{id}")
    public Organisation get(@PathParam("id") UUID id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            throw new NotFoundException();
        }
        return organisation;
    }
}
