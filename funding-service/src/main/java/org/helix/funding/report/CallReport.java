package org.helix.funding.report;

import org.helix.funding.call.TargetKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A call's money: budget, committed (pending tranches), released (disbursed), remaining = budget − committed −
 * released, cancelled (returned to the budget); awarded = committed + released + cancelled; awards by target kind.
 */
public record CallReport(UUID callId, UUID funderOrganisationId, String title, String currency, BigDecimal budget,
        BigDecimal committed, BigDecimal released, BigDecimal remaining, BigDecimal cancelled, long awardCount,
        BigDecimal awarded, List<ByTargetKind> awardsByTargetKind) {

    public record ByTargetKind(TargetKind targetKind, long count, BigDecimal amount) {
    }
}
