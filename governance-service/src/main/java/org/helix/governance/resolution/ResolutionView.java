package org.helix.governance.resolution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A resolution as the API shows it. While the ballot is open only {@code votesCast} is shown; {@code tally} (the
 * split by choice, the quorum and the member count it was judged against) is null until voting closes.
 */
public record ResolutionView(UUID id, UUID committeeId, UUID meetingId, String title, String text,
        ResolutionKind kind, UUID proposingOrganisationId, UUID schoolId, String courseOrProgramme, List<UUID> callIds,
        ResolutionStatus status, Instant votingOpenedAt, Instant decidedAt, long votesCast, Tally tally,
        Progress progress, List<ActionView> overdueActions, long version, Instant createdAt, Instant updatedAt) {

    /** Follow-up progress: actions done out of all actions. */
    public record Progress(long done, long total) {
    }
}
