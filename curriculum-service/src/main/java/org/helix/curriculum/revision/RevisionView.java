package org.helix.curriculum.revision;

import org.helix.curriculum.course.CourseType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record RevisionView(UUID id, UUID schoolId, RevisionChange change, UUID courseId, UUID programmeId,
        UUID resolutionId, String subject, String rationale, String code, Content content, RevisionStatus status,
        Integer publishedVersion, Instant submittedAt, Instant approvedAt, Instant publishedAt, long version,
        Instant createdAt, Instant updatedAt) {

    /** The proposed content of the course's next version. */
    public record Content(String title, CourseType type, BigDecimal credits, List<UUID> skillIds) {
    }

    public static RevisionView of(Revision r) {
        Content content = r.title == null ? null : new Content(r.title, r.type, r.credits,
                r.skillIds == null ? List.of() : List.of(r.skillIds));
        return new RevisionView(r.id, r.schoolId, r.change, r.courseId, r.programmeId, r.resolutionId, r.subject,
                r.rationale, r.code, content, r.status, r.publishedVersion, r.submittedAt, r.approvedAt,
                r.publishedAt, r.version, r.createdAt, r.updatedAt);
    }
}
