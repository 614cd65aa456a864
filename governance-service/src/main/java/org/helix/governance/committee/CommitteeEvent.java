package org.helix.governance.committee;

import java.util.Set;
import java.util.UUID;

/** Data of {@code helix.governance.CommitteeCreated} (schema: {@code events/CommitteeCreated.schema.json}). */
public record CommitteeEvent(UUID committeeId, String name, Tier tier, UUID parentId, String industry,
        Set<Department> departments) {

    public static final String CREATED = "CommitteeCreated";

    static CommitteeEvent of(Committee committee) {
        return new CommitteeEvent(committee.id, committee.name, committee.tier, committee.parentId, committee.industry,
                new java.util.TreeSet<>(committee.departments));
    }
}
