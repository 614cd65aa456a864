package org.helix.incubation.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A project's funding as it happens: its awards, each with its tranches and what was released, pending, cancelled. */
public record FundingView(UUID projectId, List<AwardView> awards) {

    public record AwardView(UUID awardId, UUID callId, UUID funderOrganisationId, BigDecimal amount, String currency,
            BigDecimal released, BigDecimal pending, BigDecimal cancelled, Instant grantedAt,
            List<TrancheView> tranches) {
    }

    public record TrancheView(UUID trancheId, int sequence, BigDecimal amount, String currency, UUID milestoneId,
            Tranche.Status status, Instant changedAt, String reason) {

        static TrancheView of(Tranche t) {
            return new TrancheView(t.id, t.sequence, t.amount, t.currency, t.milestoneId, t.status, t.changedAt,
                    t.reason);
        }
    }
}
