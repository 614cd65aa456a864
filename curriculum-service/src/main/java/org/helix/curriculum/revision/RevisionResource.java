package org.helix.curriculum.revision;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import java.util.List;
import java.util.UUID;

@Path("/api/curriculum/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions", description = "ADD, MODIFY or RETIRE a course: DRAFT → UNDER_REVIEW → APPROVED → PUBLISHED, "
        + "UNDER_REVIEW → DRAFT (changes requested); publishing makes the course's next version")
@Authenticated
public class RevisionResource {

    @Inject
    Revisions revisions;

    @POST
    @Idempotent
    @Operation(summary = "Open a DRAFT revision: ADD (programmeId, code, content), MODIFY (courseId, content) or RETIRE "
            + "(courseId); what does not fit the change: 422. Publishes RevisionOpened. Roles: school-admin of the "
            + "school, admin, secretariat; others 403. Honours Idempotency-Key")
    public Response open(@Valid @NotNull RevisionProposal proposal, @Context UriInfo uri) {
        Revision revision = revisions.open(proposal);
        return Response.created(uri.getAbsolutePathBuilder().path(revision.id.toString()).build())
                .tag(etag(revision)).entity(RevisionView.of(revision)).build();
    }

    @GET
    @Operation(summary = "List revisions, paged; filter by school, course, resolution, status, change; sort by "
            + "createdAt (default, newest first) or status. Roles: any signed-in caller")
    public Page<RevisionView> list(@QueryParam("school") UUID school, @QueryParam("course") UUID course,
            @QueryParam("resolution") UUID resolution, @QueryParam("status") RevisionStatus status,
            @QueryParam("change") RevisionChange change, @Valid @BeanParam PageRequest page) {
        return revisions.list(school, course, resolution, status, change, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One revision; its ETag is its version. Roles: any signed-in caller")
    public Response get(@PathParam("id") UUID id) {
        Revision revision = revisions.get(id);
        return Response.ok(RevisionView.of(revision)).tag(etag(revision)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a DRAFT revision (else 409), sending the version read (body, optionally If-Match); the "
            + "change and the school stay (422); stale: 409. Roles: school-admin of the school, admin, secretariat; "
            + "others 403")
    public Response edit(@PathParam("id") UUID id, @Valid @NotNull RevisionProposal proposal,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, proposal.version(), Revisions.RESOURCE, id);
        Revision revision = revisions.edit(id, proposal);
        return Response.ok(RevisionView.of(revision)).tag(etag(revision)).build();
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit a DRAFT for review (UNDER_REVIEW); its content must be complete (422). Roles: "
            + "school-admin of the school, admin, secretariat; others 403")
    public Response submit(@PathParam("id") UUID id) {
        Revision revision = revisions.submit(id);
        return Response.ok(RevisionView.of(revision)).tag(etag(revision)).build();
    }

    @POST
    @Path("{id}/request-changes")
    @Operation(summary = "Send a revision UNDER_REVIEW back to DRAFT with a comment saying why. Roles: admin, "
            + "secretariat; others 403")
    public Response requestChanges(@PathParam("id") UUID id, @Valid @NotNull CommentText comment) {
        Revision revision = revisions.requestChanges(id, comment.text());
        return Response.ok(RevisionView.of(revision)).tag(etag(revision)).build();
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve a revision UNDER_REVIEW. Roles: admin, secretariat; others 403")
    public Response approve(@PathParam("id") UUID id) {
        Revision revision = revisions.approve(id);
        return Response.ok(RevisionView.of(revision)).tag(etag(revision)).build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish an APPROVED revision: the new course (version 1) or the course's next immutable "
            + "version (RETIRE: its last, the course RETIRED). Publishes RevisionPublished. Roles: school-admin of "
            + "the school, admin, secretariat; others 403")
    public Response publish(@PathParam("id") UUID id) {
        Revision revision = revisions.publish(id);
        return Response.ok(RevisionView.of(revision)).tag(etag(revision)).build();
    }

    @POST
    @Path("{id}/comments")
    @Idempotent
    @Operation(summary = "Add a review comment (immutable: there is no way to change or delete one) to a revision not "
            + "yet PUBLISHED (else 409). Roles: school-admin of the school, enterprise-rep, association-rep, admin, "
            + "secretariat; others 403. Honours Idempotency-Key")
    public Response comment(@PathParam("id") UUID id, @Valid @NotNull CommentText comment, @Context UriInfo uri) {
        ReviewComment written = revisions.comment(id, comment.text());
        return Response.created(uri.getAbsolutePathBuilder().path(written.id.toString()).build())
                .entity(CommentView.of(written)).build();
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "A revision's review comments, oldest first. Roles: any signed-in caller")
    public List<CommentView> comments(@PathParam("id") UUID id) {
        return revisions.comments(id);
    }

    private static EntityTag etag(Revision revision) {
        return new EntityTag(String.valueOf(revision.version));
    }
}
