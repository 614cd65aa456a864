package org.helix.curriculum.guidance;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.curriculum.guidance.GuidanceViews.OutcomeView;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/curriculum/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employment guidance and outcomes", description = "Career plans, guidance sessions, graduates' outcomes "
        + "and the employment rate per school, programme and year")
@Authenticated
public class OutcomeResource {

    @Inject
    Guidance guidance;

    @POST
    @Idempotent
    @Operation(summary = "Record a graduate's outcome (EMPLOYED with the employer, SELF_EMPLOYED, FURTHER_STUDY, "
            + "SEEKING) once per student and programme (409 outcome-exists). Publishes EmploymentRecorded. Roles: "
            + "school-admin of the programme's school, admin, secretariat; others 403. Honours Idempotency-Key")
    public Response recordOutcome(@Valid @NotNull GuidanceRequests.Outcome request, @Context UriInfo uri) {
        GraduateOutcome outcome = guidance.recordOutcome(request);
        return Response.created(uri.getAbsolutePathBuilder().path(outcome.id.toString()).build())
                .tag(new EntityTag(String.valueOf(outcome.version))).entity(OutcomeView.of(outcome)).build();
    }

    @GET
    @Operation(summary = "List the outcomes the caller may see, paged; filter by school, programme, year; sort by "
            + "recordedAt (default, newest first). Roles: any signed-in caller; lists hold the caller's own and their "
            + "school's (representatives); all for admin and secretariat")
    public Page<OutcomeView> outcomes(@QueryParam("school") UUID school, @QueryParam("programme") UUID programme,
            @QueryParam("year") @Min(1950) @Max(2200) Integer year, @Valid @BeanParam PageRequest page) {
        return guidance.outcomes(school, programme, year, page);
    }

}
