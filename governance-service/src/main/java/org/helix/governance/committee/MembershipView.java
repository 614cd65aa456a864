package org.helix.governance.committee;

import java.time.LocalDate;
import java.util.UUID;

public record MembershipView(UUID id, UUID committeeId, UUID organisationId, Position position, String duties,
        LocalDate since, LocalDate until, boolean current) {

    static MembershipView of(Membership membership, LocalDate today) {
        return new MembershipView(membership.id, membership.committeeId, membership.organisationId,
                membership.position, membership.duties, membership.since, membership.until,
                membership.isCurrent(today));
    }
}
