package org.helix.incubation.milestone;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.problem.IfMatch;

import java.util.List;
import java.util.UUID;

@Path("/api/incubation/projects/{projectId}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "PLANNED → ACHIEVED: planned by the team or created from a funding award's "
        + "tranche; the team submits evidence, an assigned mentor verifies")
@Authenticated
public class MilestoneResource {

    @Inject
    Milestones milestones;

    @GET
    @Operation(summary = "The project's milestones by due date (roles: whoever may see the project)")
    public List<MilestoneView> list(@PathParam("projectId") UUID projectId) {
        return milestones.of(projectId);
    }

    @POST
    @Idempotent
    @Operation(summary = "Plan a milestone of an INCUBATING project (409 otherwise) (roles: the team, the school's "
            + "representatives, secretariat, admin). Honours Idempotency-Key")
    public Response plan(@PathParam("projectId") UUID projectId, @Valid @NotNull MilestoneView.Plan plan,
            @Context UriInfo uri) {
        Milestone milestone = milestones.plan(projectId, plan);
        return Response.created(uri.getAbsolutePathBuilder().path(milestone.id.toString()).build())
                .tag(etag(milestone)).entity(MilestoneView.of(milestone)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One milestone; its ETag is its version (roles: whoever may see the project)")
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id) {
        Milestone milestone = milestones.get(projectId, id);
        return Response.ok(MilestoneView.of(milestone)).tag(etag(milestone)).build();
    }

    @POST
    @Path("{id}/evidence")
    @Operation(summary = "Submit (or replace) the evidence of a PLANNED milestone with the version read (body, "
            + "optionally If-Match); stale: 409 (roles: the team, the school's representatives, secretariat, admin)")
    public Response evidence(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id,
            @Valid @NotNull MilestoneView.Evidence evidence,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, evidence.version(), Milestones.RESOURCE, id);
        Milestone milestone = milestones.submitEvidence(projectId, id, evidence);
        return Response.ok(MilestoneView.of(milestone)).tag(etag(milestone)).build();
    }

    @POST
    @Path("{id}/verification")
    @Operation(summary = "Verify a PLANNED milestone with evidence: ACHIEVED, announced as MilestoneAchieved (with "
            + "its award and tranche when linked); without evidence 409 evidence-missing (roles: an ACTIVE assigned "
            + "mentor of the project; others who see the project 403)")
    public Response verify(@PathParam("projectId") UUID projectId, @PathParam("id") UUID id) {
        Milestone milestone = milestones.verify(projectId, id);
        return Response.ok(MilestoneView.of(milestone)).tag(etag(milestone)).build();
    }

    private static EntityTag etag(Milestone milestone) {
        return new EntityTag(String.valueOf(milestone.version));
    }
}
