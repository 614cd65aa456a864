package org.helix.governance.dashboard.figures;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "MetricDefinition", description = "One entry of the dashboard's metric dictionary")
public record MetricDefinition(
        @Schema(description = "The metric's name, as figures carry it", example = "money.committed") String name,
        @Schema(description = "What it measures and how") String definition,
        @Schema(description = "count, hours, amount (in the figure's currency), days, percent or people") String unit,
        @Schema(description = "The dimensions its figures are broken down by (may be empty)") List<String> dimensions,
        @Schema(description = "The events it is computed from, as service.Event") List<String> sourceEvents) {

    public static MetricDefinition of(Metric metric) {
        return new MetricDefinition(metric.key(), metric.definition(), metric.unit(), metric.dimensions(),
                metric.sourceEvents());
    }
}
