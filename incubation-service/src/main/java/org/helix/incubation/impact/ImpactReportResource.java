package org.helix.incubation.impact;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/incubation/reports/impact")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Impact metrics")
@Authenticated
public class ImpactReportResource {

    private static final String MONTH = "[0-9]{4}-(0[1-9]|1[0-2])";

    @Inject
    ImpactReport report;

    @GET
    @Operation(summary = "The impact report across projects: projects reporting, revenue, jobs and customers summed "
            + "per month, school, sector and currency (rows paged), with totals per currency; aggregates only. "
            + "Range from..to (YYYY-MM, default the last 12 months, at most 120), filter by school and sector "
            + "(roles: admin, secretariat, gov-officer all projects; an organisation's representatives the projects "
            + "of their school; anyone else an empty report)")
    public ImpactViews.Report impact(
            @Parameter(description = "First month, YYYY-MM") @QueryParam("from")
            @Pattern(regexp = MONTH, message = "must be a month such as 2026-03") String from,
            @Parameter(description = "Last month, YYYY-MM (default: this month)") @QueryParam("to")
            @Pattern(regexp = MONTH, message = "must be a month such as 2026-03") String to,
            @QueryParam("school") UUID school, @QueryParam("sector") @Size(max = 100) String sector,
            @Valid @BeanParam PageRequest page) {
        return report.report(from, to, school, sector, page);
    }
}
