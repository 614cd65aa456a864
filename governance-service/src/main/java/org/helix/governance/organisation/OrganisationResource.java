package org.helix.governance.organisation;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.IfMatch;
import org.helix.platform.web.security.Roles;

import java.util.UUID;

@Path("/api/governance/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Member units of the alliance")
@SecurityRequirement(name = "SecurityScheme")
public class OrganisationResource {

    private final OrganisationRegistry registry;

    public OrganisationResource(OrganisationRegistry registry) {
        this.registry = registry;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Idempotent
    @Operation(summary = "Register an organisation (roles: admin, secretariat; honours Idempotency-Key)")
    public Response register(@Valid @NotNull OrganisationDetails details, @Context UriInfo uri) {
        Organisation organisation = registry.register(details);
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.id.toString()).build())
                .tag(etag(organisation))
                .entity(OrganisationView.of(organisation))
                .build();
    }

    @GET
    @Authenticated
    @Operation(summary = "List organisations, paged; filter by type; sort by name, type, createdAt or updatedAt "
            + "(any authenticated caller)")
    public Page<OrganisationView> list(@QueryParam("type") OrganisationType type, @Valid @BeanParam PageRequest page) {
        return registry.list(type, page);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One organisation (any authenticated caller); its ETag is its version")
    public Response get(@PathParam("id") UUID id) {
        Organisation organisation = registry.get(id);
        return Response.ok(OrganisationView.of(organisation)).tag(etag(organisation)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "Replace an organisation's details (roles: admin, secretariat). Send the version you read "
            + "in the body (and optionally as If-Match); a stale version is a 409")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull OrganisationChange change,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, change.version(), OrganisationRegistry.AGGREGATE, id);
        Organisation organisation = registry.change(id, change);
        return Response.ok(OrganisationView.of(organisation)).tag(etag(organisation)).build();
    }

    private static EntityTag etag(Organisation organisation) {
        return new EntityTag(String.valueOf(organisation.version));
    }
}
