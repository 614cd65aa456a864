package org.helix.funding.award;

import java.time.Instant;
import java.util.UUID;

/** A milestone that released nothing: which check failed and why. */
public record FailedCheckView(UUID awardId, UUID trancheId, UUID milestoneId, String eventId, ReleaseCheck check,
        String reason, Instant occurredAt) {

    static FailedCheckView of(ReleaseCheckFailure f) {
        return new FailedCheckView(f.awardId, f.trancheId, f.milestoneId, f.eventId, f.check, f.reason,
                f.occurredAt);
    }
}
