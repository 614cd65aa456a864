package org.helix.curriculum.guidance;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.curriculum.guidance.GuidanceViews.SessionView;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

@Path("/api/curriculum/guidance-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employment guidance and outcomes", description = "Career plans, guidance sessions, graduates' outcomes "
        + "and the employment rate per school, programme and year")
@Authenticated
public class GuidanceSessionResource {

    @Inject
    Guidance guidance;

    @POST
    @Idempotent
    @Operation(summary = "Record a guidance session the caller held with a student of their school (the caller is "
            + "the counsellor). Roles: teacher, school-admin; others 403. Honours Idempotency-Key")
    public Response record(@Valid @NotNull GuidanceRequests.Session request, @Context UriInfo uri) {
        GuidanceSession session = guidance.record(request);
        return Response.created(uri.getAbsolutePathBuilder().path(session.id.toString()).build())
                .entity(SessionView.of(session)).build();
    }

    @GET
    @Operation(summary = "List the guidance sessions the caller may see, paged; filter by student; sort by heldOn "
            + "(default, newest first). Roles: any signed-in caller; lists hold the caller's own (as student or "
            + "counsellor) and their school's (representatives); all for admin and secretariat")
    public Page<SessionView> sessions(@QueryParam("student") @Size(max = 200) String student,
            @Valid @BeanParam PageRequest page) {
        return guidance.sessions(student, page);
    }

}
