package org.helix.governance.dashboard.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.helix.governance.organisation.OrganisationType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Dashboard", description = "The alliance's aggregate figures for a period, optionally narrowed to a "
        + "committee's tree, an industry or an organisation type")
public record DashboardView(
        @Schema(description = "First day of the period") LocalDate from,
        @Schema(description = "Last day of the period (included)") LocalDate to,
        @Schema(description = "The committee filter, if given", nullable = true) UUID committeeId,
        @Schema(description = "The industry filter, if given", nullable = true) String industry,
        @Schema(description = "The organisation type filter, if given", nullable = true)
        OrganisationType organisationType,
        @Schema(description = "How many organisations the filters select; null without committee, industry or type "
                + "filter", nullable = true) Integer organisations,
        @Schema(description = "When the figures were computed") Instant generatedAt,
        @Schema(description = "The figures, metric by metric (the metric dictionary explains each)")
        List<Figure> figures) {
}
