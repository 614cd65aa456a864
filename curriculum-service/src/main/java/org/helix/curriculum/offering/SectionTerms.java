package org.helix.curriculum.offering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A section as opened or changed: its label, teacher (a talent profile), seats and schedule. {@code version} is
 * required when changing; the label stays.
 */
public record SectionTerms(
        @NotBlank @Size(max = 100) String label,
        @NotNull UUID teacherProfileId,
        @Min(1) @Max(500) int capacity,
        @Size(max = 200) String schedule,
        Long version) {
}
