package org.helix.governance.dashboard.feed;

import jakarta.enterprise.context.ApplicationScoped;
import org.helix.platform.messaging.inbox.EventData;

import java.time.Instant;
import java.util.Set;

/** Governance's own events, read back like everyone else's: problems per tier as they are raised, escalated, solved. */
@ApplicationScoped
public class GovernanceFacts extends DashboardHandler {

    @Override
    protected String service() {
        return "governance";
    }

    @Override
    protected Set<String> shortTypes() {
        return Set.of("ProblemRaised", "ProblemEscalated", "ProblemResolved", "OrganisationRegistered",
                "OrganisationUpdated", "CommitteeCreated", "CommitteeUpdated", "MemberJoined", "MemberLeft",
                "RegulationIssued", "MeetingScheduled", "MeetingClosed", "MeetingCancelled", "ResolutionAdopted",
                "ResolutionRejected", "ActionItemCompleted", "AgreementSigned", "AgreementActivated",
                "AgreementTerminated");
    }

    @Override
    protected void apply(String type, EventData data, Instant asOf) {
        switch (type) {
            case "ProblemRaised" -> problem(data, asOf, "OPEN", data.requiredText("tier"))
                    .describe("origin_committee_id", data.requiredUuid("committeeId"))
                    .describe("raised_at", data.requiredInstant("raisedAt"))
                    .apply(entityManager);
            case "ProblemEscalated" -> problem(data, asOf, "ESCALATED", data.requiredText("toTier"))
                    .describe("origin_committee_id", data.requiredUuid("originCommitteeId"))
                    .apply(entityManager);
            case "ProblemResolved" -> problem(data, asOf, "RESOLVED", data.requiredText("tier"))
                    .describe("origin_committee_id", data.requiredUuid("originCommitteeId"))
                    .describe("resolved_at", data.requiredInstant("resolvedAt"))
                    .apply(entityManager);
            default -> {
                // counted only
            }
        }
    }

    private static LatestState problem(EventData data, Instant asOf, String status, String tier) {
        return LatestState.of("dashboard_problem")
                .key("problem_id", data.requiredUuid("problemId"))
                .describe("raising_organisation_id", data.requiredUuid("raisingOrganisationId"))
                .state("status", status)
                .state("tier", tier)
                .asOf(asOf);
    }
}
