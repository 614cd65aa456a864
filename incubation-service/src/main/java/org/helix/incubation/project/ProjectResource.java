package org.helix.incubation.project;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.IfMatch;

import java.util.UUID;

@Path("/api/incubation/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Student entrepreneurship projects: SUBMITTED → SCREENING → INCUBATING → "
        + "GRADUATED | DISCONTINUED, DECLINED from screening. Seen by the team, the school's representatives, "
        + "assigned mentors, admin and secretariat; by funders once admitted; by its screening panel while SCREENING")
@Authenticated
public class ProjectResource {

    @Inject
    Projects projects;

    @POST
    @Idempotent
    @Operation(summary = "Submit a project (roles: a student for their own school, leading the team; a "
            + "representative of the school, secretariat or admin naming teamLeadSubject; others 403). The school "
            + "must be a known SCHOOL (422). Honours Idempotency-Key")
    public Response submit(@Valid @NotNull ProjectRequests.Submission submission, @Context UriInfo uri) {
        Project project = projects.submit(submission);
        return Response.created(uri.getAbsolutePathBuilder().path(project.id.toString()).build())
                .tag(etag(project)).entity(ProjectView.of(project)).build();
    }

    @GET
    @Operation(summary = "List the projects the caller may see, paged; filter by status, school, sector, member "
            + "(a team member's subject); sort by createdAt (default, newest first), title, status or sector "
            + "(roles: any signed-in caller; the list holds only what the caller may see)")
    public Page<ProjectView> list(@QueryParam("status") ProjectStatus status, @QueryParam("school") UUID school,
            @QueryParam("sector") @Size(max = 100) String sector,
            @QueryParam("member") @Size(max = 200) String member, @Valid @BeanParam PageRequest page) {
        return projects.list(status, school, sector, member, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project; its ETag is its version (roles: the team, the school's representatives, "
            + "assigned mentors, secretariat, admin; funders once admitted; its screening panel while SCREENING; "
            + "anyone else 404)")
    public Response get(@PathParam("id") UUID id) {
        Project project = projects.get(id);
        return Response.ok(ProjectView.of(project)).tag(etag(project)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a SUBMITTED or SCREENING project (title, sector, pitch, needs, members), sending "
            + "the version read (body, optionally If-Match); stale: 409 (roles: the team lead, the school's "
            + "representatives, secretariat, admin)")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull ProjectRequests.Submission submission,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, submission.version(), Projects.RESOURCE, id);
        Project project = projects.change(id, submission);
        return Response.ok(ProjectView.of(project)).tag(etag(project)).build();
    }

    @POST
    @Path("{id}/screening")
    @Operation(summary = "Start screening a SUBMITTED project: SCREENING, open to rubric reviews; otherwise 409 "
            + "(roles: the school's representatives, secretariat, admin)")
    public Response startScreening(@PathParam("id") UUID id) {
        Project project = projects.startScreening(id);
        return Response.ok(ProjectView.of(project)).tag(etag(project)).build();
    }

    @GET
    @Path("{id}/reviews")
    @Operation(summary = "The project's rubric reviews, their mean, and whether they meet the admission rule "
            + "(roles: whoever may see the project)")
    public ReviewView.Screening reviews(@PathParam("id") UUID id) {
        return projects.screening(id);
    }

    @POST
    @Path("{id}/reviews")
    @Idempotent
    @Operation(summary = "Review a SCREENING project on the rubric INNOVATION, FEASIBILITY, MARKET, TEAM (1–5 each), "
            + "once per reviewer (twice: 409) (roles: the project's screening panel; anyone else who sees the project "
            + "403). Honours Idempotency-Key")
    public Response review(@PathParam("id") UUID id, @Valid @NotNull ProjectRequests.ReviewScores scores,
            @Context UriInfo uri) {
        Review review = projects.review(id, scores);
        return Response.created(uri.getAbsolutePathBuilder().path(review.id.toString()).build())
                .entity(ReviewView.of(review)).build();
    }

    @POST
    @Path("{id}/admission")
    @Operation(summary = "Admit a SCREENING project: INCUBATING when it has at least the minimum number of reviews "
            + "(2) with a mean at or above the threshold (3.0), otherwise 422 naming reviews; with overrideReason an "
            + "admin admits it whatever the reviews say (roles: secretariat, admin; the override admin only)")
    public Response admit(@PathParam("id") UUID id, @Valid ProjectRequests.Admission admission) {
        Project project = projects.admit(id, admission == null ? null : admission.overrideReason());
        return Response.ok(ProjectView.of(project)).tag(etag(project)).build();
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline a SCREENING project with a reason: DECLINED (roles: the school's "
            + "representatives, secretariat, admin)")
    public Response decline(@PathParam("id") UUID id, @Valid @NotNull ProjectRequests.Reason reason) {
        Project project = projects.decline(id, reason.reason());
        return Response.ok(ProjectView.of(project)).tag(etag(project)).build();
    }

    @POST
    @Path("{id}/graduate")
    @Operation(summary = "Graduate an INCUBATING project (an optional note): GRADUATED; its mentors and park spaces "
            + "are released (roles: the school's representatives, secretariat, admin)")
    public Response graduate(@PathParam("id") UUID id, @Valid ProjectRequests.Note note) {
        Project project = projects.graduate(id, note == null ? null : note.reason());
        return Response.ok(ProjectView.of(project)).tag(etag(project)).build();
    }

    @POST
    @Path("{id}/discontinue")
    @Operation(summary = "Discontinue an INCUBATING project with a reason: DISCONTINUED; its mentors and park "
            + "spaces are released, funding cancels its pending tranches (roles: the school's representatives, "
            + "secretariat, admin)")
    public Response discontinue(@PathParam("id") UUID id, @Valid @NotNull ProjectRequests.Reason reason) {
        Project project = projects.discontinue(id, reason.reason());
        return Response.ok(ProjectView.of(project)).tag(etag(project)).build();
    }

    static EntityTag etag(Project project) {
        return new EntityTag(String.valueOf(project.version));
    }
}
