package org.helix.governance.resolution;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import org.helix.platform.web.security.Roles;

import java.time.Instant;
import java.util.UUID;

@Path("/api/governance/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
public class ResolutionResource {

    /** What a voter gets back: its own organisation's vote (never anyone else's). */
    public record VoteView(UUID resolutionId, UUID organisationId, VoteChoice choice, Instant castAt) {
    }

    @Inject
    Resolutions resolutions;

    @Inject
    ActionItems actions;

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One resolution with follow-up progress and overdue actions (any authenticated caller). "
            + "While voting only votesCast is shown; the tally appears when voting closes")
    public Response get(@PathParam("id") UUID id) {
        ResolutionView resolution = resolutions.get(id);
        return Response.ok(resolution).tag(new EntityTag(String.valueOf(resolution.version()))).build();
    }

    @POST
    @Path("{id}/voting/open")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "Open the ballot: PROPOSED → VOTING, else 409 (roles: secretariat, admin)")
    public ResolutionView openVoting(@PathParam("id") UUID id) {
        return resolutions.openVoting(id);
    }

    @POST
    @Path("{id}/votes")
    @RolesAllowed({Roles.ADMIN, Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP, Roles.FUNDER,
            Roles.GOV_OFFICER})
    @Idempotent
    @Operation(summary = "Vote FOR, AGAINST or ABSTAIN for the caller's own organisation (roles: representatives "
            + "and admin whose organisation is a current member, else 403; honours Idempotency-Key). "
            + "One vote per organisation (a second one is a 409); only while VOTING (else 409)")
    public Response vote(@PathParam("id") UUID id, @Valid @NotNull ResolutionRequests.Cast request,
            @Context UriInfo uri) {
        Vote vote = resolutions.vote(id, request.choice());
        return Response.created(uri.getBaseUriBuilder().path("api/governance/resolutions").path(id.toString())
                        .build())
                .entity(new VoteView(vote.resolutionId, vote.organisationId, vote.choice, vote.castAt)).build();
    }

    @POST
    @Path("{id}/voting/close")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "Close the ballot and decide: ADOPTED when votes cast reach the committee's quorum and FOR "
            + "is more than half of them, else REJECTED; not VOTING: 409 (roles: secretariat, admin). Publishes "
            + "ResolutionAdopted or ResolutionRejected")
    public ResolutionView closeVoting(@PathParam("id") UUID id) {
        return resolutions.closeVoting(id);
    }

    @POST
    @Path("{id}/actions")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Idempotent
    @Operation(summary = "Add a follow-up action to an ADOPTED resolution (else 409): title, assignee organisation, "
            + "due date (roles: secretariat, admin; honours Idempotency-Key)")
    public Response addAction(@PathParam("id") UUID id, @Valid @NotNull ResolutionRequests.NewAction request,
            @Context UriInfo uri) {
        ActionView action = actions.create(id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/governance/actions").path(action.id().toString())
                        .build())
                .tag(new EntityTag(String.valueOf(action.version())))
                .entity(action).build();
    }

    @GET
    @Path("{id}/actions")
    @Authenticated
    @Operation(summary = "The resolution's follow-up actions, paged, by due date (any authenticated caller)")
    public Page<ActionView> listActions(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return actions.list(id, page);
    }
}
