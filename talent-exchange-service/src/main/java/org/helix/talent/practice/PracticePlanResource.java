package org.helix.talent.practice;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/talent-exchange")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Practice plans", description = "Teachers' yearly enterprise-practice targets and progress")
@Authenticated
public class PracticePlanResource {

    @Inject
    PracticePlans plans;

    @GET
    @Path("practice-targets/{schoolId}")
    @Operation(summary = "A school's yearly practice target per teacher (the configured default, 160 h, unless it "
            + "set its own) (roles: any signed-in caller)")
    public PracticePlan.Target target(@PathParam("schoolId") UUID schoolId) {
        return plans.target(schoolId);
    }

    @PUT
    @Path("practice-targets/{schoolId}")
    @Operation(summary = "Set a school's yearly practice target per teacher, 0–2000 h, sending the version read once "
            + "it has one (stale: 409) (roles: the school's representatives, secretariat, admin; others 403)")
    public PracticePlan.Target setTarget(@PathParam("schoolId") UUID schoolId,
            @Valid @NotNull PracticePlan.TargetChange change) {
        return plans.setTarget(schoolId, change);
    }

    @GET
    @Path("practice-plans")
    @Operation(summary = "The practice plans of a school's teachers for a year, paged, sorted by displayName (roles: "
            + "the school's representatives, secretariat, admin; for anyone else the school's plans are a 404)")
    public Page<PracticePlan> ofSchool(@QueryParam("school") @NotNull UUID school,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year, @Valid @BeanParam PageRequest page) {
        return plans.ofSchool(school, year, page);
    }
}
