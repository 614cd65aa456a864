package org.helix.governance.problem;

import org.helix.governance.committee.Tier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A problem as the API shows it, with every committee it passed. */
public record ProblemView(UUID id, String title, String description, Severity severity, ProblemStatus status,
        UUID committeeId, Tier tier, UUID originCommitteeId, UUID raisingOrganisationId, String raisedBy,
        Instant raisedAt, Instant arrivedAt, String resolutionNote, Instant resolvedAt, String resolvedBy,
        List<Step> history, long version, Instant updatedAt) {

    /** One committee the problem passed; {@code by} is the user's subject, or {@code system}. */
    public record Step(UUID committeeId, Tier tier, Instant arrivedAt, UUID fromCommitteeId, Tier fromTier,
            String by, UUID byOrganisationId, boolean automatic, String reason) {

        static Step of(ProblemStep step) {
            return new Step(step.committeeId, step.tier, step.arrivedAt, step.fromCommitteeId, step.fromTier,
                    step.actor, step.actorOrganisationId, step.automatic, step.reason);
        }
    }

    static ProblemView of(Problem problem) {
        return new ProblemView(problem.id, problem.title, problem.description, problem.severity, problem.status,
                problem.committeeId, problem.tier, problem.originCommitteeId, problem.raisingOrganisationId,
                problem.raisedBy, problem.raisedAt, problem.arrivedAt, problem.resolutionNote, problem.resolvedAt,
                problem.resolvedBy, problem.history.stream().map(Step::of).toList(), problem.version,
                problem.updatedAt);
    }
}
