package org.helix.talent.assessment;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;

import java.util.List;
import java.util.UUID;

@Path("/api/talent-exchange/appointments/{id}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "The host's assessment of an appointment per period")
@Authenticated
public class AssessmentResource {

    @Inject
    Assessments assessments;

    @POST
    @Idempotent
    @Operation(summary = "Assess an ACTIVE or COMPLETED appointment for a period (2026, 2026-H1, 2026-Q3 or 2026-09, "
            + "within its years), score 0–100, outcome, comment; once per period (409), otherwise 409 for another "
            + "status (roles: the host's representatives, secretariat, admin; the home's and the person 403; anyone "
            + "else 404). Honours Idempotency-Key")
    public Response record(@PathParam("id") UUID id, @Valid @NotNull AssessmentView.Recording recording,
            @Context UriInfo uri) {
        Assessment assessment = assessments.record(id, recording);
        return Response.created(uri.getAbsolutePathBuilder().path(assessment.id.toString()).build())
                .entity(AssessmentView.of(assessment)).build();
    }

    @GET
    @Operation(summary = "The appointment's assessments by period (roles: whoever sees the appointment — the person, "
            + "home and host representatives, secretariat, admin; anyone else 404)")
    public List<AssessmentView> list(@PathParam("id") UUID id) {
        return assessments.of(id);
    }
}
