package org.helix.governance.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.helix.governance.committee.Tier;

import java.time.Instant;
import java.util.UUID;

/**
 * One committee a problem passed: where it was raised, or where an escalation brought it, when, by whom (a user's
 * subject, or {@code system} for the scheduled escalation) and why.
 */
@Embeddable
public class ProblemStep {

    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    @Column(name = "arrived_at", nullable = false)
    public Instant arrivedAt;

    @Column(name = "from_committee_id")
    public UUID fromCommitteeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_tier")
    public Tier fromTier;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_organisation_id")
    public UUID actorOrganisationId;

    @Column(nullable = false)
    public boolean automatic;

    public String reason;
}
