package org.helix.talent.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * What a profile says, as registered or replaced. {@code skills} are an expert's skills or a teacher's subjects.
 * {@code version} is required when replacing (the version read).
 */
public record ProfileDetails(
        @NotNull ProfileKind kind,
        @NotNull UUID organisationId,
        @Size(min = 1, max = 200) String personSubject,
        @NotBlank @Size(max = 200) String displayName,
        @Size(max = 200) String jobTitle,
        @NotNull TitleRank titleRank,
        @Min(0) @Max(70) int yearsOfExperience,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> skills,
        Long version) {
}
