package org.helix.incubation.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A rubric review as the API returns it. */
public record ReviewView(UUID id, UUID projectId, String reviewerSubject, String reviewerRole, int innovation,
        int feasibility, int market, int team, BigDecimal score, String comment, Instant createdAt) {

    static ReviewView of(Review r) {
        return new ReviewView(r.id, r.projectId, r.reviewerSubject, r.reviewerRole, r.innovation, r.feasibility,
                r.market, r.team, r.score(), r.comment, r.createdAt);
    }

    /** A project's screening: its reviews, their mean and what the admission rule says about them now. */
    public record Screening(UUID projectId, ProjectStatus status, int reviews, BigDecimal meanScore,
            BigDecimal threshold, int minReviews, boolean meetsAdmissionRule, String explanation,
            List<ReviewView> items) {
    }
}
