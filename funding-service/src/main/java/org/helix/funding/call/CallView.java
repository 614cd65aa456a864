package org.helix.funding.call;

import org.helix.funding.organisation.OrganisationType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A call as the API shows it, with its money (remaining = budget − committed − released) and recommendations. */
public record CallView(UUID id, UUID funderOrganisationId, OrganisationType funderType, String title,
        String description, BigDecimal budget, String currency, MoneyKind moneyKind, BigDecimal loanRatePercent,
        Integer loanTermMonths, TargetKind targetKind, List<OrganisationType> eligibleApplicantTypes,
        LocalDate opensOn, LocalDate closesOn, BigDecimal maxAward, BigDecimal reviewThreshold, BigDecimal committed,
        BigDecimal released, BigDecimal remaining, CallStatus status, Instant closedAt,
        List<Recommendation> recommendations, long version, Instant createdAt, Instant updatedAt) {

    /** A FUNDING_RECOMMENDATION resolution adopted in governance that names this call. */
    public record Recommendation(UUID resolutionId, UUID committeeId, String title, Instant adoptedAt) {
    }

    public static CallView of(FundingCall c, List<CallRecommendation> recommendations) {
        return new CallView(c.id, c.funderOrganisationId, c.funderType, c.title, c.description, c.budget,
                c.currency, c.moneyKind, c.loanRatePercent, c.loanTermMonths, c.targetKind,
                Arrays.stream(c.eligibleApplicantTypes).map(OrganisationType::valueOf).sorted().toList(), c.opensOn,
                c.closesOn, c.maxAward, c.reviewThreshold, c.committed, c.released, c.remaining(), c.status,
                c.closedAt, recommendations.stream().map(r -> new Recommendation(r.key.resolutionId(), r.committeeId,
                        r.title, r.adoptedAt)).toList(), c.version, c.createdAt, c.updatedAt);
    }
}
