package org.helix.curriculum.demand;

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

@Path("/api/curriculum/demand-signals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Skill demand and gaps", description = "What enterprises and associations need, and the gap between "
        + "that and what each school's courses teach")
@Authenticated
public class DemandResource {

    @Inject
    Demand demand;

    @POST
    @Idempotent
    @Operation(summary = "Post a demand signal (skill, sector, headcount 1-100000, horizon 1-60 months, a school or a "
            + "region or neither, source); a gap it makes reach the threshold is announced (SkillGapDetected). "
            + "Roles: enterprise-rep and association-rep for their own organisation, admin and secretariat naming "
            + "it; others 403. Honours Idempotency-Key")
    public Response post(@Valid @NotNull SignalRequest request, @Context UriInfo uri) {
        DemandSignal signal = demand.post(request);
        return Response.created(uri.getAbsolutePathBuilder().path(signal.id.toString()).build())
                .entity(SignalView.of(signal)).build();
    }

    @GET
    @Operation(summary = "List demand signals, paged; filter by organisation, skill, school, sector; sort by postedAt "
            + "(default, newest first) or headcount. Roles: any signed-in caller")
    public Page<SignalView> list(@QueryParam("organisation") UUID organisation, @QueryParam("skill") UUID skill,
            @QueryParam("school") UUID school, @QueryParam("sector") @Size(max = 100) String sector,
            @Valid @BeanParam PageRequest page) {
        return demand.list(organisation, skill, school, sector, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One demand signal. Roles: any signed-in caller")
    public SignalView get(@PathParam("id") UUID id) {
        return SignalView.of(demand.get(id));
    }

}
