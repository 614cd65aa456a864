package org.helix.curriculum.internship;

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

import java.util.UUID;

@Path("/api/curriculum/training-bases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training bases and internships", description = "Bases at enterprises; internships PLANNED → ONGOING → "
        + "COMPLETED | ABANDONED")
@Authenticated
public class TrainingBaseResource {

    @Inject
    Internships internships;

    @POST
    @Idempotent
    @Operation(summary = "Create a training base at an ENTERPRISE (capacity 1-10000, what it trains, the skills). "
            + "Roles: enterprise-rep of the enterprise, admin, secretariat; others 403. Honours Idempotency-Key")
    public Response createBase(@Valid @NotNull InternshipRequests.Base request, @Context UriInfo uri) {
        TrainingBase base = internships.createBase(request);
        return Response.created(uri.getAbsolutePathBuilder().path(base.id.toString()).build())
                .tag(new EntityTag(String.valueOf(base.version))).entity(internships.base(base.id)).build();
    }

    @GET
    @Operation(summary = "List training bases with the places taken, paged; filter by enterprise, school; sort by name "
            + "(default) or createdAt. Roles: any signed-in caller")
    public Page<BaseView> bases(@QueryParam("enterprise") UUID enterprise, @QueryParam("school") UUID school,
            @Valid @BeanParam PageRequest page) {
        return internships.bases(enterprise, school, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One training base with the places taken. Roles: any signed-in caller")
    public Response base(@PathParam("id") UUID id) {
        BaseView base = internships.base(id);
        return Response.ok(base).tag(new EntityTag(String.valueOf(base.version()))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a base, sending the version read (body, optionally If-Match); the enterprise stays, "
            + "capacity not below the places taken (422); stale: 409. Roles: enterprise-rep of the enterprise, admin, "
            + "secretariat; others 403")
    public Response changeBase(@PathParam("id") UUID id, @Valid @NotNull InternshipRequests.Base request,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, request.version(), Internships.BASE, id);
        TrainingBase base = internships.changeBase(id, request);
        return Response.ok(internships.base(base.id)).tag(new EntityTag(String.valueOf(base.version))).build();
    }

}
