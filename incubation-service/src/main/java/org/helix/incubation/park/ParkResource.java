package org.helix.incubation.park;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/incubation/park")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pioneer park", description = "Spaces (DESK, OFFICE, WORKSHOP) with capacity, allocated to INCUBATING "
        + "projects, never over-allocated; released on graduation or discontinuation")
@Authenticated
public class ParkResource {

    @Inject
    Park park;

    @POST
    @Path("spaces")
    @Idempotent
    @Operation(summary = "Create a space for up to capacity projects at once; a duplicate name 409 (roles: "
            + "secretariat, admin). Honours Idempotency-Key")
    public Response create(@Valid @NotNull ParkViews.NewSpace body, @Context UriInfo uri) {
        Space space = park.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(space.id.toString()).build())
                .entity(ParkViews.SpaceView.of(space)).build();
    }

    @GET
    @Path("spaces")
    @Operation(summary = "The park's spaces with their availability, paged; filter by kind and available=true; "
            + "sort by name (default), capacity or createdAt (roles: any signed-in caller)")
    public Page<ParkViews.SpaceView> spaces(@QueryParam("kind") SpaceKind kind,
            @QueryParam("available") Boolean available, @Valid @BeanParam PageRequest page) {
        return park.spaces(kind, available, page);
    }

    @GET
    @Path("spaces/{id}")
    @Operation(summary = "One space with its availability (roles: any signed-in caller)")
    public ParkViews.SpaceView space(@PathParam("id") UUID id) {
        return ParkViews.SpaceView.of(park.space(id));
    }

    @POST
    @Path("spaces/{id}/allocations")
    @Idempotent
    @Operation(summary = "Allocate the space to an INCUBATING project (else 422 naming projectId); a full space 409 "
            + "space-full (roles: secretariat, admin). Honours Idempotency-Key")
    public Response allocate(@PathParam("id") UUID id, @Valid @NotNull ParkViews.NewAllocation body,
            @Context UriInfo uri) {
        Allocation allocation = park.allocate(id, body.projectId());
        return Response.created(uri.getBaseUriBuilder().path("api/incubation/park/allocations")
                .path(allocation.id.toString()).build()).entity(ParkViews.AllocationView.of(allocation)).build();
    }

    @POST
    @Path("allocations/{id}/release")
    @Operation(summary = "Release an ACTIVE allocation (409 otherwise) (roles: secretariat, admin)")
    public ParkViews.AllocationView release(@PathParam("id") UUID id) {
        return ParkViews.AllocationView.of(park.release(id));
    }
}
