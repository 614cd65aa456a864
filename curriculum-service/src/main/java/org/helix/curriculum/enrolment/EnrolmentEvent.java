package org.helix.curriculum.enrolment;

import java.util.UUID;

/**
 * Data of StudentEnrolled and StudentWithdrew (schemas written by talent into {@code events/}; exactly these
 * properties). Key = section id.
 */
public record EnrolmentEvent(UUID enrolmentId, UUID sectionId, UUID schoolId, String term, UUID teacherProfileId,
        String studentSubject) {

    public static final String ENROLLED = "StudentEnrolled";
    public static final String WITHDREW = "StudentWithdrew";
}
