package org.helix.curriculum.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A programme as created or changed; the school stays; {@code version} is required when changing. */
public record ProgrammeDetails(
        @NotNull UUID schoolId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String industry,
        @NotNull ProgrammeLevel level,
        @Size(max = 2000) String description,
        Long version) {
}
