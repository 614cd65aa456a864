package org.helix.governance.committee;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

public record CommitteeView(UUID id, String name, Tier tier, UUID parentId, String industry,
        Set<Department> departments, String purpose, Integer quorum, int escalationDeadlineDays, long version,
        Instant createdAt, Instant updatedAt) {

    public static CommitteeView of(Committee committee) {
        return new CommitteeView(committee.id, committee.name, committee.tier, committee.parentId, committee.industry,
                new TreeSet<>(committee.departments), committee.purpose, committee.quorum,
                committee.escalationDeadlineDays, committee.version, committee.createdAt, committee.updatedAt);
    }

    /** A committee with the committees directly and indirectly under it. */
    public record Tree(CommitteeView committee, List<Tree> children) {
    }
}
