package org.helix.funding.application;

import org.helix.funding.call.TargetKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application as the API shows it: its reviewers (with whether each has reviewed), the number of reviews and
 * their mean score (over every criterion of every review, half-up to two decimals).
 */
public record ApplicationView(UUID id, UUID callId, UUID funderOrganisationId, UUID applicantOrganisationId,
        TargetKind targetKind, UUID targetId, String title, String summary, BigDecimal requestedAmount,
        ApplicationStatus status, String submittedBy, List<Reviewer> reviewers, int reviewCount,
        BigDecimal meanScore, String decisionReason, Instant decidedAt, long version, Instant createdAt,
        Instant updatedAt) {

    public record Reviewer(String reviewerSubject, UUID reviewerOrganisationId, Instant assignedAt,
            boolean reviewed) {
    }

    public static ApplicationView of(Application a, List<Reviewer> reviewers, ReviewSummary reviews) {
        return new ApplicationView(a.id, a.callId, a.funderOrganisationId, a.applicantOrganisationId, a.targetKind,
                a.targetId, a.title, a.summary, a.requestedAmount, a.status, a.submittedBy, reviewers,
                reviews.count(), reviews.mean(), a.decisionReason, a.decidedAt, a.version, a.createdAt,
                a.updatedAt);
    }
}
