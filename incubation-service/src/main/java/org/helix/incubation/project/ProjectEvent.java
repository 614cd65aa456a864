package org.helix.incubation.project;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of the project lifecycle events (schemas: {@code events/Project*.schema.json}). Key = project id.
 */
public final class ProjectEvent {

    public static final String SUBMITTED = "ProjectSubmitted";
    public static final String ADMITTED = "ProjectAdmitted";
    public static final String DECLINED = "ProjectDeclined";
    public static final String GRADUATED = "ProjectGraduated";
    public static final String DISCONTINUED = "ProjectDiscontinued";

    private ProjectEvent() {
    }

    /** Submitted, declined, graduated, discontinued: the project as it is now, and the reason where there is one. */
    public record Lifecycle(UUID projectId, String title, UUID schoolId, String sector, String teamLeadSubject,
            ProjectStatus status, Instant occurredAt, String reason) {

        static Lifecycle of(Project p, String reason) {
            return new Lifecycle(p.id, p.title, p.schoolId, p.sector, p.teamLeadSubject, p.status, p.updatedAt,
                    reason);
        }
    }

    /** Admitted by the reviews, or by an admin's override (with its reason). */
    public record Admitted(UUID projectId, String title, UUID schoolId, String sector, String teamLeadSubject,
            ProjectStatus status, Instant occurredAt, String reason, String overrideReason) {

        static Admitted of(Project p, String reason) {
            return new Admitted(p.id, p.title, p.schoolId, p.sector, p.teamLeadSubject, p.status, p.updatedAt,
                    reason, p.overrideReason);
        }
    }
}
