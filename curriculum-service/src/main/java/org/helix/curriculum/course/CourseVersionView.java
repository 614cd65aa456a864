package org.helix.curriculum.course;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A published course version, as it was published. */
public record CourseVersionView(UUID courseId, int number, String title, CourseType type, BigDecimal credits,
        List<UUID> skillIds, boolean retired, UUID revisionId, Instant publishedAt, String publishedBy) {

    public static CourseVersionView of(CourseVersion v) {
        return new CourseVersionView(v.courseId, v.number, v.title, v.type, v.credits, List.of(v.skillIds),
                v.retired, v.revisionId, v.publishedAt, v.publishedBy);
    }
}
