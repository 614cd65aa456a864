package org.helix.curriculum.course;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import java.util.List;
import java.util.UUID;

@Path("/api/curriculum/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses", description = "The course catalogue; published course versions are immutable, a revision "
        + "publishes the next one")
@Authenticated
public class CourseResource {

    @Inject
    Courses courses;

    @POST
    @Idempotent
    @Operation(summary = "Create a course in a programme; its content is published at once as version 1 (unknown "
            + "programme or skills: 422; a code twice at one school: 409). Later changes go through revisions. "
            + "Roles: school-admin of the programme's school, admin, secretariat; others 403. Honours Idempotency-Key")
    public Response create(@Valid @NotNull NewCourse request, @Context UriInfo uri) {
        Course course = courses.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(course.id.toString()).build())
                .tag(new EntityTag(String.valueOf(course.version))).entity(CourseView.of(course)).build();
    }

    @GET
    @Operation(summary = "The course catalogue, paged; filter by programme, school, type, status, skill (taught by "
            + "the current version); sort by code (default), title or createdAt. Roles: any signed-in caller")
    public Page<CourseView> list(@QueryParam("programme") UUID programme, @QueryParam("school") UUID school,
            @QueryParam("type") CourseType type, @QueryParam("status") CourseStatus status,
            @QueryParam("skill") UUID skill, @Valid @BeanParam PageRequest page) {
        return courses.list(programme, school, type, status, skill, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One course as its current version says; its ETag is its version. Roles: any signed-in "
            + "caller")
    public Response get(@PathParam("id") UUID id) {
        Course course = courses.get(id);
        return Response.ok(CourseView.of(course)).tag(new EntityTag(String.valueOf(course.version))).build();
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every published version of a course, oldest first. Roles: any signed-in caller")
    public List<CourseVersionView> versions(@PathParam("id") UUID id) {
        return courses.versions(id);
    }

    @GET
    @Path("{id}/versions/{number}")
    @Operation(summary = "One published version, exactly as it was published. Roles: any signed-in caller")
    public CourseVersionView version(@PathParam("id") UUID id,
            @PathParam("number") @Min(1) @Max(100000) int number) {
        return courses.version(id, number);
    }
}
