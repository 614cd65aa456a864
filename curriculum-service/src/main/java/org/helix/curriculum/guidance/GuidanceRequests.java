package org.helix.curriculum.guidance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the guidance and outcome operations. */
public final class GuidanceRequests {

    private GuidanceRequests() {
    }

    /** A student's plan; {@code version} is required when changing it. */
    public record Plan(
            @NotBlank @Size(max = 4000) String goals,
            @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 200) String> targetOccupations,
            Long version) {
    }

    public record Session(
            @NotBlank @Size(max = 200) String studentSubject,
            @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 200) String topic,
            @Size(max = 4000) String notes) {
    }

    /** EMPLOYED needs the employer (an organisation or a name); the others name none. */
    public record Outcome(
            @NotNull UUID programmeId,
            @Min(1950) @Max(2200) int graduationYear,
            @NotBlank @Size(max = 200) String studentSubject,
            @NotNull OutcomeKind outcome,
            UUID employerOrganisationId,
            @Size(min = 1, max = 200) String employerName) {
    }
}
