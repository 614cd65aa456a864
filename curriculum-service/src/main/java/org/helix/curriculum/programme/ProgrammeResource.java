package org.helix.curriculum.programme;

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

@Path("/api/curriculum/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Programmes (majors) of schools: a school, an industry, a level")
@Authenticated
public class ProgrammeResource {

    @Inject
    Programmes programmes;

    @POST
    @Idempotent
    @Operation(summary = "Create a programme of a SCHOOL (unknown or not a school: 422; a name twice at one school: "
            + "409). Roles: school-admin of that school, admin, secretariat; others 403. Honours Idempotency-Key")
    public Response create(@Valid @NotNull ProgrammeDetails details, @Context UriInfo uri) {
        Programme programme = programmes.create(details);
        return Response.created(uri.getAbsolutePathBuilder().path(programme.id.toString()).build())
                .tag(etag(programme)).entity(ProgrammeView.of(programme)).build();
    }

    @GET
    @Operation(summary = "List programmes, paged; filter by school, industry, level; sort by name (default), industry "
            + "or createdAt. Roles: any signed-in caller")
    public Page<ProgrammeView> list(@QueryParam("school") UUID school,
            @QueryParam("industry") @Size(max = 100) String industry, @QueryParam("level") ProgrammeLevel level,
            @Valid @BeanParam PageRequest page) {
        return programmes.list(school, industry, level, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme; its ETag is its version. Roles: any signed-in caller")
    public Response get(@PathParam("id") UUID id) {
        Programme programme = programmes.get(id);
        return Response.ok(ProgrammeView.of(programme)).tag(etag(programme)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a programme, sending the version read (body, optionally If-Match); the school stays "
            + "(422); stale: 409. Roles: school-admin of its school, admin, secretariat; others 403")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull ProgrammeDetails details,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, details.version(), Programmes.RESOURCE, id);
        Programme programme = programmes.change(id, details);
        return Response.ok(ProgrammeView.of(programme)).tag(etag(programme)).build();
    }

    private static EntityTag etag(Programme programme) {
        return new EntityTag(String.valueOf(programme.version));
    }
}
