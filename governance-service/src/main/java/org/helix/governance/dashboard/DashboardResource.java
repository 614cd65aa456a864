package org.helix.governance.dashboard;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.governance.dashboard.figures.Dashboard;
import org.helix.governance.dashboard.figures.DashboardFilter;
import org.helix.governance.dashboard.figures.DashboardView;
import org.helix.governance.dashboard.figures.Metric;
import org.helix.governance.dashboard.figures.MetricDefinition;
import org.helix.governance.dashboard.rebuild.DashboardRebuild;
import org.helix.governance.dashboard.rebuild.RebuildStatus;
import org.helix.governance.organisation.OrganisationType;
import org.helix.platform.web.input.InvalidParameterException;
import org.helix.platform.web.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Path("/api/governance/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "The alliance's aggregate figures, fed by the events of all five services")
public class DashboardResource {

    /** The longest period one request may span. */
    static final long MAX_PERIOD_DAYS = 3_660;

    @Inject
    Dashboard dashboard;

    @Inject
    DashboardRebuild rebuild;

    @Inject
    Clock clock;

    @GET
    @Authenticated
    @Operation(summary = "Aggregate figures for a period (default: this year up to today), optionally narrowed to a "
            + "committee and the committees below it, the committees of an industry, or an organisation type "
            + "(any authenticated caller: aggregates only, never a single record)")
    public DashboardView figures(
            @Parameter(description = "First day (default: 1 January of this year)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day, included (default: today)") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only organisations currently members of this committee or of one below it")
            @QueryParam("committee") UUID committee,
            @Parameter(description = "Only organisations currently members of this industry's committees or of one "
                    + "below them") @QueryParam("industry") @Size(min = 1, max = 100) String industry,
            @Parameter(description = "Only organisations of this type") @QueryParam("organisationType")
            OrganisationType organisationType) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to != null ? to : today;
        LocalDate first = from != null ? from : last.withDayOfYear(1);
        if (first.isAfter(last)) {
            throw new InvalidParameterException("from", "must not be after to (" + last + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_PERIOD_DAYS) {
            throw new InvalidParameterException("from", "the period may span at most " + MAX_PERIOD_DAYS + " days");
        }
        if (committee != null && industry != null) {
            throw new InvalidParameterException("industry", "give a committee or an industry, not both");
        }
        return dashboard.figures(new DashboardFilter(first, last, committee, industry, organisationType));
    }

    @GET
    @Path("metrics")
    @Authenticated
    @Operation(summary = "The metric dictionary: each metric's name, definition, unit, dimensions and source events "
            + "(any authenticated caller)")
    public List<MetricDefinition> metrics() {
        return Arrays.stream(Metric.values()).map(MetricDefinition::of).toList();
    }

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild the dashboard from the five topics: clears the read model and reads every topic from "
            + "its beginning again while the live feed goes on; answers 202 at once, follow it with GET rebuild; "
            + "409 while one runs (role: admin)")
    public Response startRebuild() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @Path("rebuild")
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    @Operation(summary = "The latest rebuild of this replica: running, done (with how many events it read) or failed "
            + "(roles: admin, secretariat)")
    public RebuildStatus rebuildStatus() {
        return rebuild.status();
    }
}
