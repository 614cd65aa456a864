package org.helix.curriculum.demand;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A demand signal: the skill, its sector (default: the skill's), how many people within how many months, aimed at a
 * school, at a region's schools, or (neither) at every school; where the figure comes from. {@code organisationId}
 * defaults to the caller's organisation (admin and secretariat name it).
 */
public record SignalRequest(
        UUID organisationId,
        @NotNull UUID skillId,
        @Size(min = 1, max = 100) String sector,
        @Min(1) @Max(100000) int headcount,
        @Min(1) @Max(60) int horizonMonths,
        UUID schoolId,
        @Size(min = 1, max = 200) String region,
        @NotBlank @Size(max = 200) String source) {
}
