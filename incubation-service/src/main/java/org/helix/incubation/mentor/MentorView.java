package org.helix.incubation.mentor;

import java.time.Instant;
import java.util.UUID;

/** A mentorship as the API returns it. */
public record MentorView(UUID id, UUID projectId, UUID profileId, String mentorSubject, String mentorName,
        Mentorship.Status status, Instant assignedAt, Instant releasedAt, long version) {

    static MentorView of(Mentorship m) {
        return new MentorView(m.id, m.projectId, m.profileId, m.mentorSubject, m.mentorName, m.status, m.assignedAt,
                m.releasedAt, m.version);
    }

    /** Whom to assign. */
    public record Assignment(@jakarta.validation.constraints.NotNull UUID profileId) {
    }
}
