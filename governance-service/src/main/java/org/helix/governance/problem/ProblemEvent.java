package org.helix.governance.problem;

import org.helix.governance.committee.Tier;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of the problem events (schemas: {@code events/ProblemRaised.schema.json}, {@code ProblemEscalated},
 * {@code ProblemResolved}). Key = problem id.
 */
public final class ProblemEvent {

    public static final String RAISED = "ProblemRaised";
    public static final String ESCALATED = "ProblemEscalated";
    public static final String RESOLVED = "ProblemResolved";

    private ProblemEvent() {
    }

    public record Raised(UUID problemId, UUID committeeId, Tier tier, UUID raisingOrganisationId, String title,
            Severity severity, Instant raisedAt) {

        static Raised of(Problem problem) {
            return new Raised(problem.id, problem.committeeId, problem.tier, problem.raisingOrganisationId,
                    problem.title, problem.severity, problem.raisedAt);
        }
    }

    /** {@code automatic} is true when the scheduled job escalated it because the deadline passed. */
    public record Escalated(UUID problemId, UUID originCommitteeId, UUID fromCommitteeId, Tier fromTier,
            UUID toCommitteeId, Tier toTier, boolean automatic, String reason, Severity severity,
            UUID raisingOrganisationId, Instant escalatedAt) {

        static Escalated of(Problem problem, ProblemStep step) {
            return new Escalated(problem.id, problem.originCommitteeId, step.fromCommitteeId, step.fromTier,
                    step.committeeId, step.tier, step.automatic, step.reason, problem.severity,
                    problem.raisingOrganisationId, step.arrivedAt);
        }
    }

    public record Resolved(UUID problemId, UUID originCommitteeId, UUID committeeId, Tier tier, Severity severity,
            UUID raisingOrganisationId, String resolutionNote, int escalations, Instant resolvedAt) {

        static Resolved of(Problem problem) {
            return new Resolved(problem.id, problem.originCommitteeId, problem.committeeId, problem.tier,
                    problem.severity, problem.raisingOrganisationId, problem.resolutionNote,
                    problem.history.size() - 1, problem.resolvedAt);
        }
    }
}
