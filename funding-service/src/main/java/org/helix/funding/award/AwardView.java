package org.helix.funding.award;

import org.helix.funding.call.TargetKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An award with its tranches, each with its disbursement once released. */
public record AwardView(UUID id, UUID applicationId, UUID callId, UUID funderOrganisationId,
        UUID applicantOrganisationId, TargetKind targetKind, UUID targetId, BigDecimal amount, String currency,
        AwardStatus status, String suspendReason, List<TrancheView> tranches, BigDecimal released, BigDecimal pending, Instant grantedAt,
        String grantedBy, long version, Instant updatedAt) {

    public record TrancheView(UUID id, int sequence, BigDecimal amount, String milestoneTitle, LocalDate dueDate,
            TrancheStatus status, UUID milestoneId, Instant releasedAt, String releasedBy, String releaseEvidence,
            Instant cancelledAt, String cancelReason, DisbursementView disbursement) {
    }

    public record DisbursementView(UUID id, UUID payeeOrganisationId, BigDecimal amount, String currency,
            Instant disbursedAt) {

        static DisbursementView of(Disbursement d) {
            return d == null ? null : new DisbursementView(d.id, d.payeeOrganisationId, d.amount, d.currency,
                    d.disbursedAt);
        }
    }

    public static AwardView of(Award a, Map<UUID, Disbursement> disbursements) {
        List<TrancheView> tranches = a.tranches.stream().map(t -> new TrancheView(t.id, t.sequence, t.amount,
                t.milestoneTitle, t.dueDate, t.status, t.milestoneId, t.releasedAt, t.releasedBy, t.releaseEvidence,
                t.cancelledAt, t.cancelReason,
                DisbursementView.of(disbursements.get(t.id)))).toList();
        return new AwardView(a.id, a.applicationId, a.callId, a.funderOrganisationId, a.applicantOrganisationId,
                a.targetKind, a.targetId, a.amount, a.currency, a.status, a.suspendReason, tranches,
                sum(a, TrancheStatus.RELEASED), sum(a, TrancheStatus.PENDING), a.grantedAt, a.grantedBy, a.version,
                a.updatedAt);
    }

    private static BigDecimal sum(Award a, TrancheStatus status) {
        return a.tranches.stream().filter(t -> t.status == status).map(t -> t.amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
