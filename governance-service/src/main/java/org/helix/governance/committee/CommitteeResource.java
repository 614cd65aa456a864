package org.helix.governance.committee;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.security.Roles;

import java.util.UUID;

@Path("/api/governance/committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "MACRO committee, MESO alliances, MICRO cooperation organisations")
public class CommitteeResource {

    @Inject
    Committees committees;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.GOV_OFFICER, Roles.SECRETARIAT})
    @Idempotent
    @Operation(summary = "Create a committee (MACRO: gov-officer, admin; MESO/MICRO: secretariat, admin). "
            + "MESO sits under a MACRO and needs an industry, MICRO sits under a MESO; otherwise 422")
    public Response create(@Valid @NotNull CommitteeDetails details, @Context UriInfo uri) {
        Committee committee = committees.create(details);
        return Response.created(uri.getAbsolutePathBuilder().path(committee.id.toString()).build())
                .tag(new EntityTag(String.valueOf(committee.version)))
                .entity(CommitteeView.of(committee)).build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List committees, paged; filter by tier, parent, industry (any authenticated caller)")
    public Page<CommitteeView> list(@QueryParam("tier") Tier tier, @QueryParam("parent") UUID parent,
            @QueryParam("industry") String industry, @Valid @BeanParam PageRequest page) {
        return committees.list(tier, parent, industry, page);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One committee (any authenticated caller)")
    public Response get(@PathParam("id") UUID id) {
        Committee committee = committees.get(id);
        return Response.ok(CommitteeView.of(committee)).tag(new EntityTag(String.valueOf(committee.version))).build();
    }

    @GET
    @Path("{id}/tree")
    @Authenticated
    @Operation(summary = "The committee with the committees under it (any authenticated caller)")
    public CommitteeView.Tree tree(@PathParam("id") UUID id) {
        return committees.tree(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.GOV_OFFICER, Roles.SECRETARIAT})
    @Operation(summary = "Change a committee, sending the version read (same roles as creating it); "
            + "a stale version is a 409")
    public CommitteeView change(@PathParam("id") UUID id, @Valid @NotNull CommitteeDetails details) {
        return CommitteeView.of(committees.change(id, details));
    }
}
