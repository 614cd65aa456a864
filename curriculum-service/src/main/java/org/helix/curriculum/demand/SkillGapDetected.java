package org.helix.curriculum.demand;

import java.util.UUID;

/** Data of SkillGapDetected (schema {@code events/SkillGapDetected.schema.json}); key = school id + skill id. */
public record SkillGapDetected(UUID schoolId, String sector, UUID skillId, String skillName, long demand,
        long coverage, long gap, int threshold) {

    public static final String TYPE = "SkillGapDetected";
}
