package org.helix.curriculum.guidance;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.curriculum.guidance.GuidanceViews.EmploymentRate;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/curriculum/employment-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Employment guidance and outcomes", description = "Career plans, guidance sessions, graduates' outcomes "
        + "and the employment rate per school, programme and year")
@Authenticated
public class EmploymentRateResource {

    @Inject
    Guidance guidance;

    @GET
    @Operation(summary = "The employment rate ((EMPLOYED + SELF_EMPLOYED) / graduates, percent, one decimal) per "
            + "school, programme and graduation year, newest year first; filter by school, programme, year. Roles: "
            + "any signed-in caller (aggregates)")
    public Page<EmploymentRate> rates(@QueryParam("school") UUID school, @QueryParam("programme") UUID programme,
            @QueryParam("year") @Min(1950) @Max(2200) Integer year, @Valid @BeanParam PageRequest page) {
        return guidance.rates(school, programme, year, page);
    }

}
