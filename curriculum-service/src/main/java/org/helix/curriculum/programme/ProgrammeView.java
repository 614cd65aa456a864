package org.helix.curriculum.programme;

import java.time.Instant;
import java.util.UUID;

public record ProgrammeView(UUID id, UUID schoolId, String name, String industry, ProgrammeLevel level,
        String description, long version, Instant createdAt, Instant updatedAt) {

    public static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id, p.schoolId, p.name, p.industry, p.level, p.description, p.version,
                p.createdAt, p.updatedAt);
    }
}
