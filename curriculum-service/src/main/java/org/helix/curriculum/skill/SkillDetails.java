package org.helix.curriculum.skill;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A skill as defined or redefined; {@code version} is required when redefining (the version read). */
public record SkillDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull SkillCategory category,
        @NotBlank @Size(max = 100) String sector,
        @Size(max = 2000) String description,
        Long version) {
}
