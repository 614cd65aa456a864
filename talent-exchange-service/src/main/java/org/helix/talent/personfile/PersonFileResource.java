package org.helix.talent.personfile;

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

@Path("/api/talent-exchange/profiles/{id}/file")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Person's file", description = "Hours, assessments and the title-evaluation credit of a person")
@Authenticated
public class PersonFileResource {

    @Inject
    PersonFiles files;

    @GET
    @Operation(summary = "The person's file: hours taught or practised per year, assessments, and the "
            + "title-evaluation credit with its inputs and rule (roles: the person, representatives of their "
            + "organisation, secretariat, admin; anyone else 404)")
    public PersonFile get(@PathParam("id") UUID id) {
        return files.of(id);
    }
}
