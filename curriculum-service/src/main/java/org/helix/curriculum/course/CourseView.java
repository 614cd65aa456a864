package org.helix.curriculum.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A course as the catalogue shows it: its current published version. */
public record CourseView(UUID id, UUID programmeId, UUID schoolId, String code, String title, CourseType type,
        BigDecimal credits, List<UUID> skillIds, CourseStatus status, int currentVersion, long version,
        Instant createdAt, Instant updatedAt) {

    public static CourseView of(Course c) {
        return new CourseView(c.id, c.programmeId, c.schoolId, c.code, c.title, c.type, c.credits,
                List.of(c.skillIds), c.status, c.currentVersion, c.version, c.createdAt, c.updatedAt);
    }
}
