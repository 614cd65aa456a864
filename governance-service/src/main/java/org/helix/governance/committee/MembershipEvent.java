package org.helix.governance.committee;

import java.time.LocalDate;
import java.util.UUID;

/** Data of {@code MemberJoined} and {@code MemberLeft} (schemas in {@code events/}). */
public record MembershipEvent(UUID membershipId, UUID committeeId, UUID organisationId, Position position,
        LocalDate since, LocalDate until) {

    public static final String JOINED = "MemberJoined";
    public static final String LEFT = "MemberLeft";

    static MembershipEvent of(Membership membership) {
        return new MembershipEvent(membership.id, membership.committeeId, membership.organisationId,
                membership.position, membership.since, membership.until);
    }
}
