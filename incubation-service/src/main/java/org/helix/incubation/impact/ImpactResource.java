package org.helix.incubation.impact;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

@Path("/api/incubation/projects/{projectId}/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Impact metrics", description = "Revenue, jobs and customers per project and month, for reporting")
@Authenticated
public class ImpactResource {

    @Inject
    ImpactMetrics metrics;

    @GET
    @Operation(summary = "The project's monthly metrics, newest month first (roles: whoever may see the project)")
    public List<ImpactViews.MetricView> list(@PathParam("projectId") UUID projectId) {
        return metrics.of(projectId);
    }

    @PUT
    @Path("{month}")
    @Operation(summary = "Record a month's metrics (YYYY-MM, begun already) of an INCUBATING project; a month "
            + "recorded before needs the version read (stale: 409) (roles: the team, the school's representatives, "
            + "secretariat, admin)")
    public ImpactViews.MetricView record(@PathParam("projectId") UUID projectId,
            @PathParam("month") @Pattern(regexp = "[0-9]{4}-(0[1-9]|1[0-2])", message = "must be a month such as 2026-03")
            String month, @Valid @NotNull ImpactViews.Figures figures) {
        return ImpactViews.MetricView.of(metrics.record(projectId, YearMonth.parse(month), figures));
    }
}
