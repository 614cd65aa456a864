package org.helix.curriculum.skill;

import java.time.Instant;
import java.util.UUID;

public record SkillView(UUID id, String name, SkillCategory category, String sector, String description,
        long version, Instant createdAt, Instant updatedAt) {

    public static SkillView of(Skill skill) {
        return new SkillView(skill.id, skill.name, skill.category, skill.sector, skill.description, skill.version,
                skill.createdAt, skill.updatedAt);
    }
}
