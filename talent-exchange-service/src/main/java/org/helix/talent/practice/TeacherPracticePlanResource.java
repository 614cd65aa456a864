package org.helix.talent.practice;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Its own class path: under {@code /profiles} JAX-RS would look for it in the profile resource only. */
@Path("/api/talent-exchange/profiles/{id}/practice-plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Practice plans", description = "Teachers' yearly enterprise-practice targets and progress")
@Authenticated
public class TeacherPracticePlanResource {

    @Inject
    PracticePlans plans;

    @GET
    @Operation(summary = "A teacher's practice plan for a year (roles: the teacher, their school's representatives, "
            + "secretariat, admin; anyone else 404)")
    public PracticePlan ofTeacher(@PathParam("id") UUID id,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return plans.of(id, year);
    }
}
