package org.helix.governance.dashboard.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Map;

@Schema(name = "DashboardFigure", description = "One aggregate figure: a metric of the dictionary, for one combination "
        + "of its dimensions")
public record Figure(
        @Schema(description = "The metric's name (see GET /api/governance/dashboard/metrics)") String metric,
        @Schema(description = "The dimension values this figure is for; empty for a metric without dimensions")
        Map<String, String> dimensions,
        @Schema(description = "The value in the metric's unit; null when there was nothing to measure (a median of no "
                + "decisions)", nullable = true) BigDecimal value) {

    static Figure of(Metric metric, BigDecimal value) {
        return new Figure(metric.key(), Map.of(), value);
    }

    static Figure of(Metric metric, Map<String, String> dimensions, BigDecimal value) {
        return new Figure(metric.key(), dimensions, value);
    }
}
