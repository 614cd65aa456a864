package org.helix.curriculum.offering;

import java.time.Instant;
import java.util.UUID;

public record OfferingView(UUID id, UUID courseId, UUID schoolId, String term, int courseVersion, long version,
        Instant createdAt, Instant updatedAt) {

    public static OfferingView of(Offering o) {
        return new OfferingView(o.id, o.courseId, o.schoolId, o.term, o.courseVersion, o.version, o.createdAt,
                o.updatedAt);
    }
}
