package org.helix.governance.committee;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

@Path("/api/governance/committees/{committeeId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Member organisations of a committee, their positions and duties")
public class MembershipResource {

    @Inject
    CommitteeMembers members;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Idempotent
    @Operation(summary = "An organisation joins the committee (roles: secretariat, admin). Once at a time; "
            + "at most one current chair (409)")
    public Response join(@PathParam("committeeId") UUID committeeId,
            @Valid @NotNull MembershipRequests.Join request, @Context UriInfo uri) {
        MembershipView membership = members.join(committeeId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(membership.id().toString()).build())
                .entity(membership).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "Memberships of the committee, past ones included unless current=true "
            + "(any authenticated caller)")
    public Page<MembershipView> list(@PathParam("committeeId") UUID committeeId,
            @QueryParam("current") @DefaultValue("false") boolean current, @Valid @BeanParam PageRequest page) {
        return members.list(committeeId, current, page);
    }

    @POST
    @Path("{membershipId}/end")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "End a membership: sets until (default today) and keeps it in the history "
            + "(roles: secretariat, admin)")
    public MembershipView end(@PathParam("committeeId") UUID committeeId,
            @PathParam("membershipId") UUID membershipId, @Valid MembershipRequests.End request) {
        return members.end(committeeId, membershipId, request);
    }
}
