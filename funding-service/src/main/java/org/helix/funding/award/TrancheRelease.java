package org.helix.funding.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.helix.funding.call.Calls;
import org.helix.funding.call.FundingCall;
import org.helix.funding.call.TargetKind;
import org.helix.funding.project.Project;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Incubation's MilestoneAchieved for a milestone linked to a tranche (awardId and trancheId set) releases that tranche
 * after the named {@link ReleaseCheck}s. Every check that fails is recorded with its reason (the funder sees them
 * with the award) and nothing is released. The platform's inbox applies each event once, so a second delivery of the
 * same event releases nothing; another event for a tranche already released fails NOT_RELEASED_BEFORE.
 */
@ApplicationScoped
public class TrancheRelease implements EventHandler {

    static final String MILESTONE_ACHIEVED = "helix.incubation.MilestoneAchieved";

    /** This service's view of incubation's milestone data; fields it does not read are ignored. */
    record Data(UUID milestoneId, UUID projectId, UUID awardId, UUID trancheId) {

        static Data of(IncomingEvent event) {
            EventData data = EventData.of(event);
            return new Data(data.requiredUuid("milestoneId"), data.requiredUuid("projectId"),
                    optionalUuid(data, "awardId"), optionalUuid(data, "trancheId"));
        }

        private static UUID optionalUuid(EventData data, String field) {
            return data.optionalText(field) == null ? null : data.requiredUuid(field);
        }
    }

    @Inject
    TranchePayout payout;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(MILESTONE_ACHIEVED);
    }

    @Override
    public void handle(IncomingEvent event) {
        Data data = Data.of(event);
        if (data.awardId() == null && data.trancheId() == null) {
            return; // a milestone of the project's own, tied to no funding
        }
        Award found = data.awardId() == null ? null : Award.findById(data.awardId());
        if (found == null || data.trancheId() == null || found.tranche(data.trancheId()) == null) {
            fail(event, data, ReleaseCheck.MILESTONE_LINKED, "the milestone names award " + data.awardId()
                    + " and tranche " + data.trancheId() + ", which this service did not grant together");
            return;
        }
        // the call first, then the award: the order every change of a call's money takes
        FundingCall call = Calls.lock(found.callId);
        Award award = found;
        Award.getEntityManager().refresh(award, LockModeType.PESSIMISTIC_WRITE);
        Tranche tranche = award.tranche(data.trancheId());
        Map<ReleaseCheck, String> failures = checks(data, award, tranche);
        if (!failures.isEmpty()) {
            failures.forEach((check, reason) -> fail(event, data, check, reason));
            return;
        }
        payout.pay(call, award, tranche, TranchePayout.Release.byMilestone(data.milestoneId()));
    }

    /** The checks that fail, each with its reason (none: release). */
    private static Map<ReleaseCheck, String> checks(Data data, Award award, Tranche tranche) {
        Map<ReleaseCheck, String> failures = new LinkedHashMap<>();
        if (award.targetKind != TargetKind.PROJECT || !award.targetId.equals(data.projectId())) {
            failures.put(ReleaseCheck.MILESTONE_LINKED, "the award funds " + award.targetKind + " "
                    + award.targetId + ", not project " + data.projectId());
        } else if (tranche.milestoneId != null && !tranche.milestoneId.equals(data.milestoneId())) {
            failures.put(ReleaseCheck.MILESTONE_LINKED, "tranche " + tranche.sequence + " is linked to milestone "
                    + tranche.milestoneId + ", not " + data.milestoneId());
        }
        Project project = Project.findById(data.projectId());
        if (project == null || !project.isIncubating()) {
            failures.put(ReleaseCheck.PROJECT_INCUBATING, "project " + data.projectId() + " is "
                    + (project == null ? "unknown to this service" : project.status));
        }
        failures.putAll(TranchePayout.payable(award, tranche));
        return failures;
    }

    private void fail(IncomingEvent event, Data data, ReleaseCheck check, String reason) {
        ReleaseCheckFailure failure = new ReleaseCheckFailure();
        failure.awardId = data.awardId();
        failure.trancheId = data.trancheId();
        failure.milestoneId = data.milestoneId();
        failure.eventId = event.id();
        failure.check = check;
        failure.reason = reason;
        failure.occurredAt = Instant.now(clock);
        failure.persist();
    }
}
