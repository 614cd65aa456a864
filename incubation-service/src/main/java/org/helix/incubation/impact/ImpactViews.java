package org.helix.incubation.impact;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Impact metrics as the API returns them, and the body that records a month. */
public final class ImpactViews {

    private ImpactViews() {
    }

    public record MetricView(UUID projectId, String month, BigDecimal revenue, String currency, int jobs,
            int customers, long version, Instant updatedAt) {

        static MetricView of(ImpactMetric m) {
            return new MetricView(m.key.projectId(), m.key.month(), m.revenue, m.currency, m.jobs, m.customers,
                    m.version, m.updatedAt);
        }
    }

    /** A month's figures; {@code version} is the one read when the month was recorded before (else absent). */
    public record Figures(
            @NotNull @DecimalMin(value = "0", message = "must be 0 or more")
            @Digits(integer = 13, fraction = 2, message = "must have at most 13 digits before and two decimals after the point")
            BigDecimal revenue,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
            @NotNull @Min(0) @Max(1000000) Integer jobs,
            @NotNull @Min(0) @Max(100000000) Integer customers,
            Long version) {
    }

    /**
     * The impact report: the range, the filters, the totals per currency over the whole range and filters, and one
     * page of rows (month × school × sector × currency).
     */
    public record Report(String from, String to, UUID school, String sector, java.util.List<ReportTotal> totals,
            org.helix.platform.web.paging.Page<ReportRow> rows) {
    }

    /** One month of one school's projects in one sector, in one currency: how many reported and what they summed to. */
    public record ReportRow(String month, UUID schoolId, String schoolName, String sector, String currency,
            long projectsReporting, BigDecimal revenue, long jobs, long customers) {
    }

    /** All rows of a currency: the projects that reported at least once, and the sums of their monthly figures. */
    public record ReportTotal(String currency, long projectsReporting, BigDecimal revenue, long jobs,
            long customers) {
    }
}
