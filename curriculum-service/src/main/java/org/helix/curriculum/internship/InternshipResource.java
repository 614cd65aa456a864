package org.helix.curriculum.internship;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/curriculum/internships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training bases and internships", description = "Bases at enterprises; internships PLANNED → ONGOING → "
        + "COMPLETED | ABANDONED")
@Authenticated
public class InternshipResource {

    @Inject
    Internships internships;

    @POST
    @Idempotent
    @Operation(summary = "Plan a student's internship at a training base (full: 409 base-full) or an enterprise. "
            + "Roles: school-admin of the school, admin, secretariat; others 403. Honours Idempotency-Key")
    public Response plan(@Valid @NotNull InternshipRequests.Plan request, @Context UriInfo uri) {
        Internship internship = internships.plan(request);
        return Response.created(uri.getAbsolutePathBuilder().path(internship.id.toString()).build())
                .tag(new EntityTag(String.valueOf(internship.version))).entity(InternshipView.of(internship)).build();
    }

    @GET
    @Operation(summary = "List the internships the caller may see, paged; filter by school, host, base, status; sort "
            + "by createdAt (default, newest first), startDate or status. Roles: any signed-in caller; lists hold the "
            + "caller's own and its organisation's (school or host); all for admin and secretariat")
    public Page<InternshipView> list(@QueryParam("school") UUID school, @QueryParam("host") UUID host,
            @QueryParam("base") UUID base, @QueryParam("status") InternshipStatus status,
            @Valid @BeanParam PageRequest page) {
        return internships.list(school, host, base, status, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One internship. Roles: the student, representatives of the school and the host, admin, "
            + "secretariat; anyone else 404")
    public Response get(@PathParam("id") UUID id) {
        Internship internship = internships.get(id);
        return Response.ok(InternshipView.of(internship)).tag(new EntityTag(String.valueOf(internship.version)))
                .build();
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "PLANNED → ONGOING (else 409). Roles: representatives of the school or the host, admin, "
            + "secretariat; the student 403; others 404")
    public Response start(@PathParam("id") UUID id) {
        return ok(internships.start(id));
    }

    @POST
    @Path("{id}/complete")
    @Operation(summary = "ONGOING → COMPLETED with the host's evaluation: hours, score 0-100, words (else 409). Roles: "
            + "enterprise-rep of the host, admin, secretariat; others 403/404")
    public Response complete(@PathParam("id") UUID id, @Valid @NotNull InternshipRequests.Completion completion) {
        return ok(internships.complete(id, completion));
    }

    @POST
    @Path("{id}/abandon")
    @Operation(summary = "ONGOING → ABANDONED with the reason (else 409). Roles: representatives of the school or the "
            + "host, admin, secretariat; the student 403; others 404")
    public Response abandon(@PathParam("id") UUID id, @Valid @NotNull InternshipRequests.Abandonment abandonment) {
        return ok(internships.abandon(id, abandonment.reason()));
    }

    private static Response ok(Internship internship) {
        return Response.ok(InternshipView.of(internship)).tag(new EntityTag(String.valueOf(internship.version)))
                .build();
    }

}
