package org.helix.curriculum.enrolment;

import java.time.Instant;
import java.util.UUID;

public record EnrolmentView(UUID id, UUID sectionId, UUID offeringId, UUID schoolId, String term,
        String studentSubject, EnrolmentStatus status, Instant enrolledAt, Instant endedAt, long version,
        Instant updatedAt) {

    public static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.id, e.sectionId, e.offeringId, e.schoolId, e.term, e.studentSubject, e.status,
                e.enrolledAt, e.endedAt, e.version, e.updatedAt);
    }
}
