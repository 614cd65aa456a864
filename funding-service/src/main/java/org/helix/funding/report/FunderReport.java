package org.helix.funding.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A funder's money over all its calls, per currency, with the report of each call. */
public record FunderReport(UUID funderOrganisationId, List<Totals> totals, List<CallReport> calls) {

    public record Totals(String currency, long callCount, BigDecimal budget, BigDecimal committed,
            BigDecimal released, BigDecimal remaining, BigDecimal cancelled, long awardCount, BigDecimal awarded,
            List<CallReport.ByTargetKind> awardsByTargetKind) {
    }
}
