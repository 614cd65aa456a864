package org.helix.incubation.mentor;

import java.time.Instant;
import java.util.UUID;

/** Data of MentorAssigned and MentorReleased (schemas in {@code events/}). Key = project id. */
public record MentorEvent(UUID projectId, UUID profileId, UUID mentorshipId, String mentorSubject,
        Instant occurredAt) {

    public static final String ASSIGNED = "MentorAssigned";
    public static final String RELEASED = "MentorReleased";

    static MentorEvent of(Mentorship m, Instant at) {
        return new MentorEvent(m.projectId, m.profileId, m.id, m.mentorSubject, at);
    }
}
