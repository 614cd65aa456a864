package org.helix.governance.resolution;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The resolution lifecycle: {@code PROPOSED → VOTING → ADOPTED | REJECTED}. VOTING is the open ballot between the
 * proposal and the decision of DESIGN.md's {@code PROPOSED → ADOPTED | REJECTED}.
 */
public enum ResolutionStatus {
    PROPOSED,
    VOTING,
    ADOPTED,
    REJECTED;

    private static final Map<ResolutionStatus, Set<ResolutionStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(VOTING),
            VOTING, EnumSet.of(ADOPTED, REJECTED),
            ADOPTED, EnumSet.noneOf(ResolutionStatus.class),
            REJECTED, EnumSet.noneOf(ResolutionStatus.class));

    public boolean canMoveTo(ResolutionStatus next) {
        return NEXT.get(this).contains(next);
    }
}
