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
import org.helix.platform.web.security.Roles;

import java.util.UUID;

@Path("/api/governance/committees/{committeeId}/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions", description = "Resolutions, their ballots and follow-up actions")
public class CommitteeResolutionResource {

    @Inject
    Resolutions resolutions;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.SCHOOL_ADMIN, Roles.ENTERPRISE_REP, Roles.ASSOCIATION_REP,
            Roles.FUNDER, Roles.GOV_OFFICER})
    @Idempotent
    @Operation(summary = "Propose a resolution (roles: representatives of a current member organisation, for their "
            + "own organisation; secretariat, admin naming proposingOrganisationId; honours Idempotency-Key). "
            + "CURRICULUM_REVISION needs schoolId (a SCHOOL) and courseOrProgramme, else 422")
    public Response propose(@PathParam("committeeId") UUID committeeId,
            @Valid @NotNull ResolutionRequests.Propose request, @Context UriInfo uri) {
        ResolutionView resolution = resolutions.propose(committeeId, request);
        return Response.created(uri.getBaseUriBuilder().path("api/governance/resolutions")
                        .path(resolution.id().toString()).build())
                .tag(new EntityTag(String.valueOf(resolution.version())))
                .entity(resolution).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "The committee's resolutions, paged, newest first; filter by status; sort by createdAt, "
            + "title, status or decidedAt (any authenticated caller)")
    public Page<ResolutionView> list(@PathParam("committeeId") UUID committeeId,
            @QueryParam("status") ResolutionStatus status, @Valid @BeanParam PageRequest page) {
        return resolutions.list(committeeId, status, page);
    }
}
