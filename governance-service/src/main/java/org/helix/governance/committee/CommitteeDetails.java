package org.helix.governance.committee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A committee as a client sends it. {@code version} is required when changing one (the version read).
 * {@code quorum} overrides the default (more than half of the current members); when a ballot closes it may not exceed
 * the current members. {@code escalationDeadlineDays} defaults to
 * {@code helix.governance.problems.default-escalation-deadline-days} (30).
 */
public record CommitteeDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull Tier tier,
        UUID parentId,
        @Size(max = 100) String industry,
        @Size(max = 10) List<@NotNull Department> departments,
        @Size(max = 4000) String purpose,
        @Min(1) @Max(1000) Integer quorum,
        @Min(1) @Max(365) Integer escalationDeadlineDays,
        Long version) {
}
