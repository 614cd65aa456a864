package org.helix.incubation.project;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A project as the API returns it; {@code version} is what an update sends back. */
public record ProjectView(UUID id, String title, UUID schoolId, String sector, String pitch, String needs,
        String teamLeadSubject, List<String> members, ProjectStatus status, String overrideReason, String endReason,
        Instant admittedAt, Instant endedAt, long version, Instant createdAt, Instant updatedAt) {

    public static ProjectView of(Project p) {
        return new ProjectView(p.id, p.title, p.schoolId, p.sector, p.pitch, p.needs, p.teamLeadSubject,
                List.copyOf(p.members), p.status, p.overrideReason, p.endReason, p.admittedAt, p.endedAt, p.version,
                p.createdAt, p.updatedAt);
    }
}
