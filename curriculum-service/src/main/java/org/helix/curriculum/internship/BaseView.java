package org.helix.curriculum.internship;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A base with the places its PLANNED and ONGOING internships hold. */
public record BaseView(UUID id, UUID enterpriseId, UUID schoolId, String name, int capacity, long placesTaken,
        String trains, List<UUID> skillIds, long version, Instant createdAt, Instant updatedAt) {

    static BaseView of(TrainingBase b, long placesTaken) {
        return new BaseView(b.id, b.enterpriseId, b.schoolId, b.name, b.capacity, placesTaken, b.trains,
                List.of(b.skillIds), b.version, b.createdAt, b.updatedAt);
    }
}
