package org.helix.funding.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record ReviewView(UUID id, UUID applicationId, String reviewerSubject, UUID reviewerOrganisationId,
        int relevance, int feasibility, int impact, int valueForMoney, BigDecimal mean, String comment,
        Instant submittedAt) {

    public static ReviewView of(Review r) {
        return new ReviewView(r.id, r.applicationId, r.reviewerSubject, r.reviewerOrganisationId, r.relevance,
                r.feasibility, r.impact, r.valueForMoney, r.mean(), r.comment, r.submittedAt);
    }
}
