package org.helix.curriculum.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record SignalView(UUID id, UUID organisationId, UUID skillId, String sector, int headcount, int horizonMonths,
        UUID schoolId, String region, String source, Instant postedAt, LocalDate expiresOn) {

    static SignalView of(DemandSignal s) {
        return new SignalView(s.id, s.organisationId, s.skillId, s.sector, s.headcount, s.horizonMonths, s.schoolId,
                s.region, s.source, s.postedAt, s.expiresOn);
    }
}
