package org.helix.governance.resolution;

import org.helix.governance.committee.Tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code helix.governance.ResolutionAdopted}, {@code ResolutionRejected} and {@code ActionItemCompleted}
 * (schemas in {@code governance-service/events/}); key = resolution id, so a resolution's events stay in order.
 */
public final class ResolutionEvents {

    public static final String ADOPTED = "ResolutionAdopted";
    public static final String REJECTED = "ResolutionRejected";
    public static final String ACTION_COMPLETED = "ActionItemCompleted";

    private ResolutionEvents() {
    }

    /**
     * {@code schoolId} and {@code courseOrProgramme} are set for CURRICULUM_REVISION (curriculum opens a draft);
     * {@code callIds} names the calls of a FUNDING_RECOMMENDATION (funding notes it on them), empty for other kinds.
     */
    public record Adopted(UUID resolutionId, UUID committeeId, Tier tier, UUID meetingId, String title, String text,
            ResolutionKind kind, UUID proposingOrganisationId, UUID schoolId, String courseOrProgramme,
            List<UUID> callIds, Instant adoptedAt, Tally tally) {
    }

    public record Rejected(UUID resolutionId, UUID committeeId, Tier tier, UUID meetingId, String title,
            ResolutionKind kind, UUID proposingOrganisationId, Instant rejectedAt, Tally.Outcome reason,
            Tally tally) {
    }

    public record ActionCompleted(UUID actionId, UUID resolutionId, UUID committeeId, String title,
            UUID assigneeOrganisationId, LocalDate dueDate, Instant completedAt, boolean completedLate) {
    }

    static Object decided(Resolution resolution, Tier tier) {
        Tally tally = resolution.tally();
        if (resolution.status == ResolutionStatus.ADOPTED) {
            return new Adopted(resolution.id, resolution.committeeId, tier, resolution.meetingId, resolution.title,
                    resolution.text, resolution.kind, resolution.proposingOrganisationId, resolution.schoolId,
                    resolution.courseOrProgramme, List.of(resolution.callIds), resolution.decidedAt, tally);
        }
        return new Rejected(resolution.id, resolution.committeeId, tier, resolution.meetingId, resolution.title,
                resolution.kind, resolution.proposingOrganisationId, resolution.decidedAt, tally.outcome(), tally);
    }
}
