package org.helix.curriculum.internship;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the training-base and internship operations. */
public final class InternshipRequests {

    private InternshipRequests() {
    }

    /** A base at an enterprise; {@code version} is required when changing it. */
    public record Base(
            @NotNull UUID enterpriseId,
            UUID schoolId,
            @NotBlank @Size(max = 200) String name,
            @Min(1) @Max(10000) int capacity,
            @NotBlank @Size(max = 2000) String trains,
            @NotNull @Size(max = 30) List<@NotNull UUID> skillIds,
            Long version) {
    }

    /** An internship planned by the school for one of its students, at a base or directly at an enterprise. */
    public record Plan(
            UUID baseId,
            UUID hostEnterpriseId,
            @NotNull UUID schoolId,
            @NotBlank @Size(max = 200) String studentSubject,
            @NotBlank @Size(max = 200) String supervisor,
            @Min(1) @Max(3000) int plannedHours,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate) {
    }

    /** The host's evaluation on completion. */
    public record Completion(
            @Min(0) @Max(5000) int hoursCompleted,
            @Min(0) @Max(100) int evaluationScore,
            @NotBlank @Size(max = 4000) String evaluation) {
    }

    public record Abandonment(@NotBlank @Size(max = 2000) String reason) {
    }
}
