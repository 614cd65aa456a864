package org.helix.curriculum.guidance;

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
import org.helix.curriculum.guidance.GuidanceViews.PlanView;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.IfMatch;

import java.util.UUID;

@Path("/api/curriculum/career-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employment guidance and outcomes", description = "Career plans, guidance sessions, graduates' outcomes "
        + "and the employment rate per school, programme and year")
@Authenticated
public class CareerPlanResource {

    @Inject
    Guidance guidance;

    @POST
    @Idempotent
    @Operation(summary = "Write the caller's career plan (goals, 1-10 target occupations); one per student (409 "
            + "plan-exists). Roles: student; others 403. Honours Idempotency-Key")
    public Response createPlan(@Valid @NotNull GuidanceRequests.Plan request, @Context UriInfo uri) {
        CareerPlan plan = guidance.createPlan(request);
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id.toString()).build())
                .tag(new EntityTag(String.valueOf(plan.version))).entity(PlanView.of(plan)).build();
    }

    @GET
    @Operation(summary = "List the career plans the caller may see, paged; filter by student; sort by updatedAt "
            + "(default, newest first). Roles: any signed-in caller; lists hold the caller's own, their school's "
            + "(representatives, teachers); all for admin and secretariat")
    public Page<PlanView> plans(@QueryParam("student") @Size(max = 200) String student,
            @Valid @BeanParam PageRequest page) {
        return guidance.plans(student, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One career plan. Roles: the student, school-admin and teachers of the school, admin, "
            + "secretariat; anyone else 404")
    public Response plan(@PathParam("id") UUID id) {
        CareerPlan plan = guidance.plan(id);
        return Response.ok(PlanView.of(plan)).tag(new EntityTag(String.valueOf(plan.version))).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change the caller's career plan, sending the version read (body, optionally If-Match); "
            + "stale: 409. Roles: the student; the school's staff 403; anyone else 404")
    public Response changePlan(@PathParam("id") UUID id, @Valid @NotNull GuidanceRequests.Plan request,
            @Parameter(description = "ETag of the version read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        IfMatch.requireVersion(ifMatch, request.version(), Guidance.PLAN, id);
        CareerPlan plan = guidance.changePlan(id, request);
        return Response.ok(PlanView.of(plan)).tag(new EntityTag(String.valueOf(plan.version))).build();
    }

}
