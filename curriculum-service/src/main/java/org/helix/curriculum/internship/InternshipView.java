package org.helix.curriculum.internship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record InternshipView(UUID id, UUID baseId, UUID hostEnterpriseId, UUID schoolId, String studentSubject,
        String supervisor, int plannedHours, Integer hoursCompleted, LocalDate startDate, LocalDate endDate,
        InternshipStatus status, Integer evaluationScore, String evaluation, String endReason, long version,
        Instant createdAt, Instant updatedAt) {

    static InternshipView of(Internship i) {
        return new InternshipView(i.id, i.baseId, i.hostEnterpriseId, i.schoolId, i.studentSubject, i.supervisor,
                i.plannedHours, i.hoursCompleted, i.startDate, i.endDate, i.status, i.evaluationScore, i.evaluation,
                i.endReason, i.version, i.createdAt, i.updatedAt);
    }
}
