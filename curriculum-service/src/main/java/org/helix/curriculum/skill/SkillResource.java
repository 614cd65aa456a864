package org.helix.curriculum.skill;

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

@Path("/api/curriculum/skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Skills", description = "The skills vocabulary (KNOWLEDGE, SKILL, BEHAVIOUR per sector)")
@Authenticated
public class SkillResource {

    @Inject
    Skills skills;

    @POST
    @Idempotent
    @Operation(summary = "Define a skill; a name is unique within its sector (409 skill-exists). Roles: admin, "
            + "secretariat, association-rep; others 403. Honours Idempotency-Key")
    public Response define(@Valid @NotNull SkillDetails details, @Context UriInfo uri) {
        Skill skill = skills.define(details);
        return Response.created(uri.getAbsolutePathBuilder().path(skill.id.toString()).build()).tag(etag(skill))
                .entity(SkillView.of(skill)).build();
    }

    @GET
    @Operation(summary = "List skills, paged; filter by category, sector (exact, any case), name (contains); sort by "
            + "name (default), sector or createdAt. Roles: any signed-in caller")
    public Page<SkillView> list(@QueryParam("category") SkillCategory category,
            @QueryParam("sector") @Size(max = 100) String sector, @QueryParam("name") @Size(max = 200) String name,
            @Valid @BeanParam PageRequest page) {
        return skills.list(category, sector, name, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One skill; its ETag is its version. Roles: any signed-in caller")
    public Response get(@PathParam("id") UUID id) {
        Skill skill = skills.get(id);
        return Response.ok(SkillView.of(skill)).tag(etag(skill)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Redefine a skill, sending the version read (body, optionally If-Match); stale: 409. Roles: "
            + "admin, secretariat, association-rep; others 403")
    public Response redefine(@PathParam("id") UUID id, @Valid @NotNull SkillDetails details,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, details.version(), Skills.RESOURCE, id);
        Skill skill = skills.redefine(id, details);
        return Response.ok(SkillView.of(skill)).tag(etag(skill)).build();
    }

    private static EntityTag etag(Skill skill) {
        return new EntityTag(String.valueOf(skill.version));
    }
}
