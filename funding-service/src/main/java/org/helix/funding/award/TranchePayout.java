package org.helix.funding.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.helix.funding.call.CallView;
import org.helix.funding.call.Calls;
import org.helix.funding.call.FundingCall;
import org.helix.platform.messaging.change.Changes;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Pays a tranche out, whichever way it was released (a verified milestone or the funder's evidence): its amount moves
 * from the call's committed to its released, a disbursement to the applicant organisation is written, and
 * TrancheReleased goes out through the outbox, all in the caller's transaction. The caller holds the call's and the
 * award's row locks (call first) and has run its checks.
 */
@ApplicationScoped
public class TranchePayout {

    /** How a tranche came to be released: incubation's milestone, or the evidence a funder's representative noted. */
    public record Release(UUID milestoneId, String releasedBy, String evidence) {

        static Release byMilestone(UUID milestoneId) {
            return new Release(milestoneId, null, null);
        }

        static Release byEvidence(String releasedBy, String evidence) {
            return new Release(null, releasedBy, evidence);
        }
    }

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    /** The checks every release passes, whichever way it comes: AWARD_NOT_SUSPENDED, NOT_RELEASED_BEFORE. */
    static Map<ReleaseCheck, String> payable(Award award, Tranche tranche) {
        Map<ReleaseCheck, String> failures = new LinkedHashMap<>();
        if (award.status != AwardStatus.ACTIVE) {
            failures.put(ReleaseCheck.AWARD_NOT_SUSPENDED, "the award is " + award.status
                    + (award.suspendReason == null ? "" : ": " + award.suspendReason));
        }
        if (tranche.status != TrancheStatus.PENDING) {
            failures.put(ReleaseCheck.NOT_RELEASED_BEFORE, "tranche " + tranche.sequence + " is " + tranche.status
                    + (tranche.status == TrancheStatus.RELEASED ? " since " + tranche.releasedAt
                            : " (" + tranche.cancelReason + ")"));
        }
        return failures;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AwardView pay(FundingCall call, Award award, Tranche tranche, Release release) {
        AwardView before = Awards.view(award);
        CallView callBefore = Calls.view(call);
        Instant now = Instant.now(clock);
        tranche.status = tranche.status.after(TrancheStatus.Transition.RELEASE);
        tranche.milestoneId = release.milestoneId();
        tranche.releasedAt = now;
        tranche.releasedBy = release.releasedBy();
        tranche.releaseEvidence = release.evidence();
        call.release(tranche.amount);
        call.updatedAt = now;
        award.updatedAt = now;
        Disbursement disbursement = new Disbursement();
        disbursement.id = UUID.randomUUID();
        disbursement.trancheId = tranche.id;
        disbursement.awardId = award.id;
        disbursement.payeeOrganisationId = award.applicantOrganisationId;
        disbursement.amount = tranche.amount;
        disbursement.currency = award.currency;
        disbursement.milestoneId = release.milestoneId();
        disbursement.disbursedAt = now;
        disbursement.persist();
        changes.record(Calls.RESOURCE, call.id, "release", callBefore, () -> Calls.view(call));
        return changes.record(Awards.RESOURCE, award.id, "release-tranche", before, () -> Awards.view(award),
                Changes.Event.of(Awards.RESOURCE, award.id, AwardEvent.RELEASED,
                        () -> AwardEvent.TrancheMoved.of(award, tranche, now, null)));
    }
}
