package org.helix.curriculum.teaching;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/curriculum/teachers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teachers", description = "Who may teach sections where, as known from talent's profiles and part-time "
        + "teaching appointments")
@Authenticated
public class TeacherResource {

    @Inject
    TeacherEligibility eligibility;

    @GET
    @Operation(summary = "The teachers who may be assigned to a school's sections now (its TEACHERs and EXPERTs with "
            + "an ACTIVE part-time teaching appointment there), paged, by displayName. Roles: any signed-in caller")
    public Page<TeacherView> list(@QueryParam("school") UUID school, @Valid @BeanParam PageRequest page) {
        return eligibility.eligibleAt(school, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One talent profile and the schools where it may teach now. Roles: any signed-in caller")
    public TeacherView get(@PathParam("id") UUID id) {
        return eligibility.view(id);
    }
}
