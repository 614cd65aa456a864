package org.helix.talent.profile;

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

@Path("/api/talent-exchange/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles", description = "The talent pool: experts (enterprise technical staff) and teachers")
@Authenticated
public class ProfileResource {

    @Inject
    Profiles profiles;

    @POST
    @Idempotent
    @Operation(summary = "Register an expert (of an ENTERPRISE) or a teacher (of a SCHOOL), optionally linked to the "
            + "person's Keycloak subject (roles: a representative of that organisation, secretariat, admin; others "
            + "403). Unknown organisation, wrong organisation type or a title of the other kind: 422. Honours "
            + "Idempotency-Key")
    public Response register(@Valid @NotNull ProfileDetails details, @Context UriInfo uri) {
        Profile profile = profiles.register(details);
        return Response.created(uri.getAbsolutePathBuilder().path(profile.id.toString()).build())
                .tag(etag(profile)).entity(ProfileView.of(profile)).build();
    }

    @GET
    @Operation(summary = "List profiles, paged; filter by kind, organisation, skill (an exact skill or subject), person (a Keycloak subject); sort "
            + "by displayName (default), createdAt or yearsOfExperience (roles: any signed-in caller)")
    public Page<ProfileView> list(@QueryParam("kind") ProfileKind kind,
            @QueryParam("organisation") UUID organisation,
            @QueryParam("skill") @Size(max = 100) String skill,
            @Parameter(description = "a person's Keycloak subject: their profile") @QueryParam("person")
            @Size(max = 200) String person, @Valid @BeanParam PageRequest page) {
        return profiles.list(kind, organisation, skill, person, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One profile; its ETag is its version (roles: any signed-in caller)")
    public Response get(@PathParam("id") UUID id) {
        Profile profile = profiles.get(id);
        return Response.ok(ProfileView.of(profile)).tag(etag(profile)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace what a profile says, sending the version read (body, optionally If-Match); kind, "
            + "organisation and person stay (422). Stale version: 409 (roles: the person, a representative of the "
            + "profile's organisation, secretariat, admin; others 403)")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull ProfileDetails details,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, details.version(), Profiles.RESOURCE, id);
        Profile profile = profiles.change(id, details);
        return Response.ok(ProfileView.of(profile)).tag(etag(profile)).build();
    }

    private static EntityTag etag(Profile profile) {
        return new EntityTag(String.valueOf(profile.version));
    }
}
