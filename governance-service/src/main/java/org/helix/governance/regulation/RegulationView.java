package org.helix.governance.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record RegulationView(UUID id, UUID committeeId, UUID seriesId, int versionNumber, String title, String body,
        LocalDate effectiveFrom, UUID supersededBy, boolean current, Instant createdAt) {

    static RegulationView of(Regulation regulation) {
        return new RegulationView(regulation.id, regulation.committeeId, regulation.seriesId,
                regulation.versionNumber, regulation.title, regulation.body, regulation.effectiveFrom,
                regulation.supersededBy, regulation.supersededBy == null, regulation.createdAt);
    }
}
