package org.helix.funding.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.funding.call.CallView;
import org.helix.funding.call.Calls;
import org.helix.funding.call.FundingCall;
import org.helix.funding.call.TargetKind;
import org.helix.platform.messaging.change.Changes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Cancels the pending tranches of a discontinued project's awards; their money returns to the calls. */
@ApplicationScoped
public class TrancheCancellation {

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelPendingTranchesOf(UUID projectId, String reason) {
        List<Award> awards = Award.list("targetKind = ?1 and targetId = ?2 order by grantedAt, id",
                TargetKind.PROJECT, projectId);
        for (Award found : awards) {
            // the call first, then the award: the order every change of a call's money takes
            FundingCall call = Calls.lock(found.callId);
            Award award = found;
            Award.getEntityManager().refresh(award, LockModeType.PESSIMISTIC_WRITE);
            List<Tranche> pending = award.tranches.stream().filter(t -> t.status == TrancheStatus.PENDING).toList();
            if (pending.isEmpty()) {
                continue;
            }
            AwardView before = Awards.view(award);
            CallView callBefore = Calls.view(call);
            Instant now = Instant.now(clock);
            List<Changes.Event> events = new ArrayList<>();
            for (Tranche tranche : pending) {
                tranche.status = tranche.status.after(TrancheStatus.Transition.CANCEL);
                tranche.cancelledAt = now;
                tranche.cancelReason = reason;
                call.uncommit(tranche.amount);
                events.add(Changes.Event.of(Awards.RESOURCE, award.id, AwardEvent.CANCELLED,
                        () -> AwardEvent.TrancheMoved.of(award, tranche, now, reason)));
            }
            award.updatedAt = now;
            call.updatedAt = now;
            changes.record(Calls.RESOURCE, call.id, "uncommit", callBefore, () -> Calls.view(call));
            changes.record(Awards.RESOURCE, award.id, "cancel-tranches", before, () -> Awards.view(award),
                    events.toArray(Changes.Event[]::new));
        }
    }
}
