package org.helix.governance.committee;

import java.util.Set;
import java.util.UUID;

/**
 * Data of {@code helix.governance.CommitteeCreated} and {@code helix.governance.CommitteeUpdated} (schemas:
 * {@code events/CommitteeCreated.schema.json}, {@code events/CommitteeUpdated.schema.json}).
 */
public record CommitteeEvent(UUID committeeId, String name, Tier tier, UUID parentId, String industry,
        Set<Department> departments, Integer quorum, int escalationDeadlineDays, long version) {

    public static final String CREATED = "CommitteeCreated";
    public static final String UPDATED = "CommitteeUpdated";

    static CommitteeEvent of(Committee committee) {
        return new CommitteeEvent(committee.id, committee.name, committee.tier, committee.parentId, committee.industry,
                new java.util.TreeSet<>(committee.departments), committee.quorum, committee.escalationDeadlineDays,
                committee.version);
    }
}
